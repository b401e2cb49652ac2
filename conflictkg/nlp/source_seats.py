"""Where a source is based ("selon l'OSDH, basé à Londres", "the London-based Observatory"): the
seat of the one who reports is no place of the events reported, nor a sign of the article's
country, nor the country of its generic actors."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.lexicon import shared_words

SEAT_VERBS = shared_words("seat_verbs")


def seated(tok: Any) -> bool:
    """Whether the name ``tok`` is the seat a seat verb gives ("basé à Londres", "based in London",
    "London-based"): the verb governs it directly or through its preposition."""
    heads = [tok.head, tok.head.head] if tok.head.pos_ == "ADP" else [tok.head]
    return any(h is not tok and (h.lemma_.lower() in SEAT_VERBS or h.lower_ in SEAT_VERBS) for h in heads)
