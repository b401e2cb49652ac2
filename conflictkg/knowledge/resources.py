"""Shared look-up data for the NLP components (loaded once per process)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from conflictkg.textkeys import key


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    path = resources.files("conflictkg.knowledge") / "data" / "kb" / "capitals.tsv"
    out: dict[str, frozenset[str]] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return out
    for row in csv.reader(text.splitlines(), delimiter="\t"):
        if len(row) >= 2 and not row[0].startswith("#"):
            out[row[0]] = frozenset(key(n) for n in row[1].split("|") if n.strip())
    return out


def capital_keys(iso3: str | None) -> frozenset[str]:
    return _capitals().get(iso3 or "", frozenset())
