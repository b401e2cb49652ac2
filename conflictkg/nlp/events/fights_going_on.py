"""A fight going on, told in the present at a place inside a country ("Clashes continue in the
countryside of Latakia", "Fighting continues near Hama"), is the day's news: the unnamed armed group's
fight there is an event, where the past ("Clashes continued near Aleppo") or a whole country ("Fighting
continues in Syria") sums up a war (nlp/events/sideless_fights.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.nlp.events.clause_places import event_place
from conflictkg.nlp.events.state import DocState, Frame

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def going_on_here(st: DocState, f: Frame, verb: Token) -> bool:
    """Whether the continuation verb ``verb`` of the fight noun ``f`` is in the present and the
    fight's place is below a country."""
    if verb.tag_ not in PRESENT_TAGS:
        return False
    place = event_place(st, f)
    return place is not None and place.get("kind") != "country"
