"""The export's ``other_tellings``: an event told several times in its article (nlp/tellings.py)."""

from __future__ import annotations

from typing import Any


def other_tellings(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's tellings in its article besides its evidence, in text order (an additive optional
    field of the export contract, each ``{"text", "start", "end"}`` as the evidence is): none when
    told once. ``row`` is an export query row (``told_sentences``, ``told_starts``, ``told_ends``)."""
    starts, ends, sentences = row.get("told_starts"), row.get("told_ends"), row.get("told_sentences")
    if not starts or not ends or not sentences or len({len(starts), len(ends), len(sentences)}) != 1:
        return []
    told = zip(sentences, starts, ends, strict=True)
    own = row["ev_start"]
    return [{"text": text, "start": int(start), "end": int(end)} for text, start, end in told if start != own]
