"""The package's version and folder, for code below the top package (which imports the query API)."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:
    __version__ = version("conflictkg")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

PACKAGE_DIR = Path(__file__).resolve().parent
