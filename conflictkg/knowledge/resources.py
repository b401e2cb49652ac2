"""Shared look-up data for the NLP components (loaded once per process)."""

from __future__ import annotations

import csv
from functools import lru_cache

from conflictkg.knowledge.packaged import packaged_text
from conflictkg.textkeys import key


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    text = packaged_text("conflictkg.knowledge", "data", "kb", "capitals.tsv")
    out: dict[str, frozenset[str]] = {}
    for row in csv.reader(text.splitlines(), delimiter="\t"):
        if len(row) >= 2 and not row[0].startswith("#"):
            out[row[0]] = frozenset(key(n) for n in row[1].split("|") if n.strip())
    return out


def capital_keys(iso3: str | None) -> frozenset[str]:
    return _capitals().get(iso3 or "", frozenset())
