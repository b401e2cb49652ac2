"""Complements of an event noun that the parser hangs elsewhere (issue 14, English news on re3d).

- The agent on the verb: in "condemned the attack on X by Y" the parser hangs "by Y" on "condemned".
  An active verb (a subject of its own, no passive auxiliary) takes no agent, so the object of an
  agent preposition (agent_preps) hung on it after its object, when it names an actor, is the agent
  of the event noun that is that object: Y attacked X.
- The target on the agent: in "an assault by Y on X" the parser hangs "on X" on Y. A party takes no
  target of its own, so a target preposition of the noun's frame (its lexicon 'target') hung on the
  complement naming the noun's agent names the noun's target: Y attacked X.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _nominal_actor, _np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.unnamed_authors import unnamed_author
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, is_passive, prep_args


def nominal_author(st: DocState, noun: Token) -> Actor | None:
    """The author of an event noun: its own complements, an agent hung on its verb, else unnamed."""
    return _nominal_actor(st, noun) or _verb_agent(st, noun) or unnamed_author(st, noun)


def _agent_phrases(st: DocState, noun: Token) -> list[Token]:
    """The complements of agent prepositions hung on the active verb whose object ``noun`` is."""
    verb = noun.head
    if noun.dep_ not in OBJ or verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    if first_child(verb, SUBJ) is None:
        return []
    agents = st.lex.group("agent_preps")
    return [c for prep, c in prep_args(verb) if prep in agents and c.i > noun.i]


def _verb_agent(st: DocState, noun: Token) -> Actor | None:
    for c in _agent_phrases(st, noun):
        if c.tag_ == "NN" and not any(d.dep_ in ("det", "poss") for d in c.children):
            continue  # "ended the siege by force": a bare singular noun is a manner, no agent
        got = _np_actor(st, c, 1)
        if got is not None:
            return got
    return None


def agent_target(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The target a target preposition of the event noun's frame names on the noun's agent."""
    if not f.nominal:
        return None
    preps = frozenset(f.pred.target) - {"obj"}
    agents = st.lex.group("agent_preps")
    phrases = [c for prep, c in prep_args(f.tok) if prep in agents] + _agent_phrases(st, f.tok)
    for agent in phrases:
        for prep, c in prep_args(agent):
            got = _np_actor(st, c) if prep in preps else None
            if got is not None and got[0] != actor_id:
                return got
    return None
