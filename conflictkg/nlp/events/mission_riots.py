"""The state a riot at its mission is against: a crowd that throws stones at an embassy or a consulate
("les manifestants s'en sont pris à l'ambassade du Japon", "ont lancé des pierres contre le consulat
de France") riots against the state whose mission it is, as a protest held before it protests against
that state (nlp/events/late_targets.protested_mission, as our gold codes both). The building is still
no party an armed group's attack hits (nlp/events/state_buildings.py): only a crowd's riot reads it."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.state_buildings import building_state
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args


def mission_state(st: DocState, pred: Token, rioters: str) -> str | None:
    """The owner of the mission the riot's verb (or its object: "des pierres contre X") is aimed at."""
    return mission_owner(st, [pred, *(c for c in pred.children if c.dep_ in OBJ | SUBJ_PASS)], rioters)


def mission_owner(st: DocState, heads: Iterable[Token], party: str) -> str | None:
    """The state, other than ``party``, whose embassy or consulate a prepositional complement of one of
    ``heads`` names (read also by late_targets.protested_mission: "devant l'ambassade de X")."""
    for h in heads:
        for _, c in prep_args(h):
            owner = building_state(st, c)
            if owner is not None and owner != party:
                return owner
    return None
