"""The predicates whose object may be the event's place: a place taken or left ("prendre une base",
"s'emparer de X"), fought over ("ont attaqué Gao"), where forces are sent ("deployed troops to
Mali"), or a town plundered whatever the event's type ("les rebelles ont pillé Gao": property
coercion, at Gao; ``looting_verbs``, a lexicon group)."""

from __future__ import annotations

from conflictkg.knowledge.lexicon import Lexicon

PLACE_OBJECT_TYPES = frozenset({"CAPTURE", "RETREAT", "FIGHT", "ASSAULT", "MOBILIZE"})


def place_object(lex: Lexicon, type_: str, lemma: str) -> bool:
    """Whether the object of a predicate of ``type_`` and ``lemma`` may be where it happens."""
    return type_ in PLACE_OBJECT_TYPES or lemma.lower() in lex.group("looting_verbs")
