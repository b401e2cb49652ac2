"""A vehicle that strikes a mine is its victim, never its attacker: "five soldiers were killed when
their vehicle struck a landmine", "a bus ran over an IED". The subject is a vehicle
(``laden_vehicle_nouns``) and the verb's object, or its complement after one of
``charge_contact_preps`` ("over", "on", "into"), a charge laid in wait (``laid_charge_nouns``): the
party the vehicle stands for (its owners, "their vehicle": the soldiers') is the target, and the mine's
unnamed layer acts (the predicate's default group: the unidentified armed group of the article's
country). "Gunmen struck a vehicle" or "a truck hit a car" stay as they were."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, prep_args


def mine_struck(st: DocState, subj: Token) -> bool:
    """``subj`` is a vehicle whose verb takes a laid charge as its object or 'over' complement."""
    if subj.dep_ not in SUBJ or not (_vehicle(st, subj) or _carried(st, subj) is not None):
        return False
    verb, charges = subj.head, st.lex.group("laid_charge_nouns")
    hit = [c for c in verb.children if c.dep_ in OBJ]
    hit += [c for prep, c in prep_args(verb) if prep in st.lex.group("charge_contact_preps")]
    return any(c.lemma_.lower() in charges or c.lower_ in charges for c in hit)


def _vehicle(st: DocState, tok: Token) -> bool:
    return tok.lemma_.lower() in st.lex.group("laden_vehicle_nouns")


def _carried(st: DocState, subj: Token) -> Token | None:
    """Who the vehicle ``subj`` carries: the object of its "carrying" participle ("a truck carrying
    soldiers"), or the subject itself when the parser made the vehicle and the participle its modifiers
    ("a bus carrying pilgrims" read as one compound noun: "pilgrims" the subject)."""
    carrying = st.lex.group("carrying_participles")
    if _vehicle(st, subj):
        acl = (c for c in subj.children if c.dep_ == "acl" and c.lower_ in carrying)
        return next((o for c in acl for o in c.children if o.dep_ in OBJ), None)
    left = [t for t in subj.subtree if t.i < subj.i]
    if any(t.lower_ in carrying for t in left) and any(_vehicle(st, t) for t in left):
        return subj
    return None


def mined_vehicle_party(st: DocState, verb: Token, actor_id: str) -> Actor | None:
    """The party of the vehicle that struck the mine ('their vehicle': the soldiers'), as the target."""
    subj = first_child(verb, SUBJ)
    if subj is None or not mine_struck(st, subj):
        return None
    got = np_actor(st, _carried(st, subj) or subj)  # "a bus carrying pilgrims": the pilgrims
    return got if got is not None and got[0] != actor_id else None
