"""A place name that only resembles an actor's ("à Koufra": not Amadou Koufa, whom the knowledge
base's fuzzy match finds): NER tags it a place and the gazetteer knows it as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.name_spans import _exact_alias

_PLACE_LABELS = frozenset({"LOC", "GPE"})


def place_not_actor(gazetteer: Any, span: Sequence[Token], entry: Any) -> bool:
    """Whether the actor ``entry`` the knowledge base found for the name ``span`` is only a near
    spelling of it (not one of its names) while the name is a place NER tags and the gazetteer
    knows: the place, no actor."""
    if gazetteer is None or entry.kind == "state" or any(t.ent_type_ not in _PLACE_LABELS for t in span):
        return False
    text = span[0].doc[span[0].i : span[-1].i + 1].text
    return _exact_alias(entry, text) is None and gazetteer.lookup(text) is not None
