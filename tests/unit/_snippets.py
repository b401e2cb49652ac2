"""What the English snippet batteries (tests/nlp/test_case53.py, test_case57.py) judge a snippet by:
the event types it gets, and the type families that fit an ACLED sub-event type, as
eval.acled_coverage judges them."""

from __future__ import annotations

from unit._extract import SNIPPETS_PUBLISHED, facts

from conflictkg.evaluate.gold import family
from conflictkg.structured.acled import classify

CONFLICT_TYPES = {"FIGHT", "ASSAULT", "COERCE", "PROTEST", "CAPTURE", "MOBILIZE"}
BATTLES = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
PROTESTS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}


def snippet_types(text: str) -> set[str]:
    """The types of the events an English snippet gets."""
    return {e.type for e in facts(text, "en", SNIPPETS_PUBLISHED).events}


def fitting(sub_event_type: str) -> set[str]:
    """The families of the types that fit a sub-event type, as eval.acled_coverage judges them."""
    event_type = "Battles" if sub_event_type in BATTLES else "Protests" if sub_event_type in PROTESTS else ""
    typ, _, _ = classify(event_type, sub_event_type, "")
    also = {"Battles": "FIGHT", "Protests": "PROTEST"}.get(event_type)
    return {family(t) for t in (typ, also) if t}
