"""Where an attack told with no place happened, from the clause that tells its toll (round frreal78).
A headline or a lead may name an attack and its victim with no place ("Assassinat de Jean Dupuis,
ancien maire"); the body then tells the killing with no author ("Jean Dupuis a été abattu mardi près
de son domicile, en Corse-du-Sud"), which nlp/events/actors.toll_of_told reads as that attack's toll,
no new event. The place that clause names is the attack's: it becomes the place of the violent event
told last when that one has none, or the fallback of one the gazetteer may not know (a name NER took
for a place: the victim's own, when NER read it as a person no one else named)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.clause_places import event_place
from conflictkg.nlp.events.coordinated import with_fallback
from conflictkg.nlp.events.places import sentence_place
from conflictkg.nlp.events.state import PLACE_ENTS, DocState

_VIOLENT = ("FIGHT", "ASSAULT")
PERSON_ENTS = frozenset({"PER", "PERSON"})  # the French and the English models' labels


def toll_told(st: DocState, tok: Token) -> bool:
    """True: the agentless violence ``tok`` tells is the toll of the attack told before; that attack,
    told with no place, or with no fallback for its place, takes the place of the toll's clause."""
    frame = st.frames.get(tok.i)
    told = next((e for e in reversed(st.done) if e["type"] in _VIOLENT), None)
    if (
        frame is None
        or frame.pred.type not in _VIOLENT
        or told is None
        or (told["place"] or {}).get("fallback")
    ):
        return True  # a violent toll only: "des médias de parti pris" takes nothing
    place = event_place(st, frame)
    other = sentence_place(st, frame, skip=place["start"] if place else None)
    place = with_fallback(st, place, other) if place is not None and other is not None else place or other
    if place is not None and (place.get("name") == (told["place"] or {}).get("name") or _named(st, place)):
        place = place.get("fallback")  # a name told already or someone's: the clause's other place
    start = place.get("start") if place is not None else None
    if place is None or start is None or st.doc[start].ent_type_ not in PLACE_ENTS:
        return True  # a place name only, never a common noun read as one
    told["place"] = place if told["place"] is None else {**told["place"], "fallback": place}
    return True


def _named(st: DocState, place: dict[str, Any]) -> bool:
    """Whether the place's name is an actor's mention or a name NER reads as a person's ("le domicile
    de M. Fabre"): no place to lend; a state's capital standing for it ("à Moscou") is still one."""
    if place.get("start") is None:
        return False
    m = st.covered.get(place["start"])
    return (m is not None and m["kind"] != "state") or st.doc[place["start"]].ent_type_ in PERSON_ENTS
