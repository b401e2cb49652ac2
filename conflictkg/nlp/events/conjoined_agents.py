"""Coordinated agents of a capture told by a noun or an idiom: "la prise de Gao par le MNLA et Ansar
Dine", "Gao est tombée aux mains du MNLA et d'Ansar Dine": each conjunct acts, as the coordinated
agents of a passive verb do (events/subjects.py). The parser may cut the second agent off the
noun subject as a second subject of the clause's verb ("la prise de Gao par le MNLA et Ansar Dine a
surpris"): a singular finite verb has one subject, so that name is the noun's second agent. A
second agent the parser joins to the place taken, across the first agent, is the agent's conjunct."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.actors import FRENCH_OF, np_actor
from conflictkg.nlp.events.hand_holders import holder
from conflictkg.nlp.events.joint_nominals import each_actor, joint_subjects
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import prep_args


def conjoined_agents(st: DocState, tok: Token, p: Predicate, nominal: bool) -> list[Actor]:
    """Every actor of a coordinated agent ('par X et Y') of a noun, or of an actor preposition ('aux
    mains de X et de Y'); none unless two or more are named."""
    by = st.lex.group("agent_preps") if nominal else frozenset()
    of = st.lex.group("of_preps") | FRENCH_OF
    for prep, c in prep_args(tok):
        if prep not in p.actor_preps and prep not in by:
            continue
        if c.lemma_.lower() in st.lex.group("hand_nouns"):
            c = holder(c, of)
        out = each_actor(st, (c, *c.conjuncts, *_crossed_conjuncts(tok, c)))
        if len(out) >= 2:
            return out
    return (_cut_off_agents(st, tok) or joint_subjects(st, tok)) if nominal else []  # "X and Y held talks"


def _crossed_conjuncts(tok: Token, agent: Token) -> list[Token]:
    """ "la prise de Ménaka par les islamistes et le MNLA": a conjunct after the agent that the
    parser joined to a word before it (the place taken) is coordinated with the agent, the phrase
    it would have to reach across."""
    return [t for t in tok.subtree if t.dep_ == "conj" and t.head.i < agent.i < t.i and t.head.i != agent.i]


def _cut_off_agents(st: DocState, tok: Token) -> list[Actor]:
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.i == tok.i or not _singular(verb):
        return []
    by = st.lex.group("agent_preps")
    agents = [c for node in tok.subtree for prep, c in prep_args(node) if prep in by]
    first = np_actor(st, agents[0], 1) if agents else None
    ccs = [c.i for c in verb.children if c.dep_ == "cc" and c.i > agents[-1].i] if agents else []
    for s in verb.children:
        if first is None or not s.dep_.startswith("nsubj") or not any(i < s.i for i in ccs):
            continue
        got = np_actor(st, s, 1)
        if got is not None and got[0] != first[0]:
            return [first, got]
    return []


def _singular(verb: Token) -> bool:
    """A finite verb (or its finite auxiliary) in the singular."""
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Fin" in t.morph.get("VerbForm", []) and "Sing" in t.morph.get("Number", []) for t in forms)
