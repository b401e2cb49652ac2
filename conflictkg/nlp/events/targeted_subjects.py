"""An attack noun as a clause's subject names whom it hits in its own target phrase ("U.S. airstrikes
against al-Qaida operatives killed 20 militants"): the party named there is the attack's target,
never its author. The subject then stands for the attack's author as any attack noun with no author
of its own does (its demonym, its state's name as its modifier, the striker told before, else the
unidentified armed group: actors.unattributed)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.mined_vehicles import mine_struck
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import prep_args


def hit_party(st: DocState, subj: Token, got: Actor | None) -> bool:
    """Whether the actor ``got`` found in the subject is the one its attack noun's target phrase names."""
    if got is not None and mine_struck(st, subj):
        return True  # "their vehicle struck a landmine": the vehicle's party is hit
    pred = st.lex.nouns.get(subj.lemma_.lower())
    if got is None or pred is None or pred.type not in ("FIGHT", "ASSAULT"):
        return False
    preps = frozenset(pred.target) - {"obj"}
    for prep, c in prep_args(subj):
        hit = np_actor(st, c, 1) if prep in preps else None
        if hit is not None and hit[0] == got[0]:
            return True
    return False


def mine_layer(st: DocState, subj: Token) -> list[Actor]:
    """ "A bus ran over a landmine": the charge's unnamed layer, the unidentified armed group of the
    article's country, acts on the vehicle the subject names; not again in the clause of an event
    told already ("four policemen were killed when their van struck an IED": the killing)."""
    verb = subj.head
    if not mine_struck(st, subj) or (verb.dep_ == "advcl" and verb.head.i in st.frames):
        return []
    return [(generic_id(st, "armed", st.doc._.country), 0.55, None)]
