"""The victims a toll verb names after the preposition of lives lost: "l'attaque a coûté la vie à une
dizaine de soldats", "l'embuscade qui a coûté la vie à trois casques bleus". An attack noun told with no
party hit is taken for an assault on civilians; the toll's 'à' complement (``life_toll_preps``)
names whom it hit instead: armed forces make it a fight against them, civilians an assault on them.
So do the forces it counts its dead among (``toll_among_preps``: "l'attaque a fait une dizaine de
morts parmi les soldats"); dead among civilians are toll_targets' (the fight stays, with the assault).
Dead counted among the unnamed armed group that is the attack's own actor ("une attaque a fait dix
morts parmi les jihadistes") make it a fight with no party named, never an assault on civilians."""

from __future__ import annotations

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.attack_words import relative_clauses, toll_verb
from conflictkg.nlp.events.state import FIGHTING_KINDS, DocState, EventRecord
from conflictkg.nlp.events.subjects import actor_kind
from conflictkg.nlp.events.toll_headlines import on_victims
from conflictkg.nlp.syntax import SUBJ, prep_args

_VIOLENT = ("FIGHT", "ASSAULT")


def life_toll_victims(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with each attack noun whose toll verb names its victims aimed at them."""
    return [_on_lives(st, e) for e in events]


def _on_lives(st: DocState, e: EventRecord) -> EventRecord:
    if not e["nominal"] or e["type"] not in _VIOLENT:
        return e
    noun = st.doc[e["pred"]]
    verbs = [noun.head] if noun.dep_ in SUBJ and noun.head.i != noun.i else []
    verbs += relative_clauses(st, noun)  # "l'attaque qui a coûté la vie à X"
    preps, among = st.lex.group("life_toll_preps"), st.lex.group("toll_among_preps")
    for prep, arg in (pa for v in verbs if toll_verb(st, v) for pa in prep_args(v)):
        found = np_actor(st, arg) if prep in preps | among else None
        if found is None:
            continue
        kind = actor_kind(st, found[0])
        if found[0] == e["actor"]:  # "une attaque a fait dix morts parmi les jihadistes": its own dead
            if kind in FIGHTING_KINDS and prep in among and e["type"] == "ASSAULT":
                return {**e, "type": "FIGHT", "target": None}
            continue
        if kind in FIGHTING_KINDS:
            return {**e, "type": "FIGHT", "target": found[0]}
        if kind == "civilians" and prep in preps:  # dead among civilians: toll_targets adds the assault
            return on_victims(st, e, found[0])
    return e
