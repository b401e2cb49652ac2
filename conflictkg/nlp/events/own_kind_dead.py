"""Fighters killed in fighting no side of which is named: "several rebels were killed in clashes near
Aleppo", "fighters killed in battles in Idlib". The killing names no killer, so its default author is
the unidentified armed group of the article's country; when the dead are that very group, the
killing has no one else to be aimed at and tells no event of its own. The fight noun it is the 'in'
complement of is then the event the sentence tells (its default armed group fights), not a fight
mentioned in passing as in "soldiers were killed in clashes", whose killing is the event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, first_child, prep_args

_IN = frozenset({"in", "during"})
BETWEEN_PREPS = shared_words("between_preps")


def killed_own_kind(st: DocState, noun: Token) -> bool:
    """Whether the fight noun ``noun`` is where an agentless killing's dead, the unnamed armed group
    its author would be, died, the noun naming no side."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _IN or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    f = st.frames.get(verb.i)
    if f is None or f.nominal or f.pred.type != "FIGHT" or not f.pred.passive_actor:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "killed by the army in clashes": its author named
    sides = st.lex.group("fight_partner_preps") | BETWEEN_PREPS
    if any(prep in sides for t in (noun, verb) for prep, _ in prep_args(t)):
        return False  # "in clashes with the army": the fight of the dead's side (events/fight_dead.py)
    dead_tok = first_child(verb, SUBJ_PASS) or (verb.head if verb.dep_ == "acl" else first_child(verb, SUBJ))
    dead = np_actor(st, dead_tok) if dead_tok is not None else None
    if dead is None:
        return False
    return dead[0] == generic_id(st, f.pred.passive_actor, st.doc._.country)
