"""conflictkg: news about wars → a knowledge graph of who did what to whom, where and when."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("conflictkg")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"
