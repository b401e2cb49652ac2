"""Data files shipped inside the package (lexicons, KB tables, CAMEO codes, queries).

A missing or unreadable one is a broken install, never a reason to go on with a default: it raises
a :class:`ConflictKGError` naming the file, which the CLI prints as one line.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from conflictkg.errors import ConflictKGError

REINSTALL = "reinstall conflictkg"


def packaged_text(package: str, *parts: str) -> str:
    """The text of ``<package>/<parts...>`` (``packaged_text("conflictkg.knowledge", "data", "x.json")``)."""
    try:
        return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        where = "/".join([package.replace(".", "/"), *parts])
        reason = getattr(exc, "strerror", None) or exc
        raise ConflictKGError(
            f"packaged data file {where} cannot be read ({reason}): reinstall conflictkg"
        ) from exc


def packaged_json(package: str, *parts: str) -> Any:
    """The parsed JSON of a packaged data file (see :func:`packaged_text`)."""
    text = packaged_text(package, *parts)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = "/".join([package.replace(".", "/"), *parts])
        raise ConflictKGError(
            f"packaged data file {where} is not valid JSON ({exc}): reinstall conflictkg"
        ) from exc
