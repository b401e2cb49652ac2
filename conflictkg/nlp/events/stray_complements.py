"""Complements of an event noun that the parser hangs elsewhere (issue 14, English news on re3d).

- The agent on the verb: in "condemned the attack on X by Y" the parser hangs "by Y" on "condemned".
  An active verb (a subject of its own, no passive auxiliary) takes no agent, so the object of an
  agent preposition (agent_preps) hung on it after its object, when it names an actor, is the agent
  of the event noun that is that object: Y attacked X.
- The target on the agent: in "an assault by Y on X" the parser hangs "on X" on Y. A party takes no
  target of its own, so a target preposition of the noun's frame (its lexicon 'target') hung on the
  complement naming the noun's agent names the noun's target: Y attacked X.
- The party helped in its fight: in "supports the Iraqi army in its fight against ISIL" and "UK
  support for Kenya in the fight against al-Shabaab" (the phrase maybe hung on the verb's object, or on the
  verb taking the support noun), the event noun is the 'in' complement of an act of
  support or aid; its possessive pronoun, or its missing author, is the party supported (the verb's
  object, the noun's 'for' complement), not the supporter: the Iraqi army, Iraq fight ISIL.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.actors import nominal_actor, np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.unnamed_authors import unnamed_author
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, is_passive, prep_args

_HELPING = frozenset({"SUPPORT", "AID", "COOPERATE"})


def nominal_author(st: DocState, noun: Token) -> Actor | None:
    """The author of an event noun: its own complements, an agent hung on its verb, else unnamed."""
    owner = coref.possessive(noun)
    helping = owner is None or owner.pos_ == "PRON"
    helped = _helped_party(st, noun) if helping else None
    if owner is not None and helping and _helped_phrase(st, noun):
        return helped  # "supports the Iraqi army in its fight": "its" is the army's, not the supporter's
    got = nominal_actor(st, noun) or helped or _verb_agent(st, noun)
    return got or unnamed_author(st, noun)


def _helped_phrase(st: DocState, noun: Token) -> Token | None:
    """The phrase naming whom an act of support or aid helps in the event ``noun`` (its 'in'
    complement): the verb's object, the noun's 'for' complement."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    host = prep.head
    verb = st.frames.get(host.head.i) if host.dep_ in OBJ else None
    if verb is not None and not verb.nominal and verb.pred.type in _HELPING:
        return host  # "supports the rebels in their war": the parser hangs the phrase on the object
    frame = st.frames.get(host.i)
    # "restated its support for Kenya in the fight": the parser hangs the phrase on the noun's verb
    objects = [st.frames.get(c.i) for c in host.children if c.dep_ in OBJ] if frame is None else []
    frame = frame or next((f for f in objects if f is not None and f.nominal), None)
    if frame is None or frame.pred.type not in _HELPING:
        return None
    host = frame.tok
    if frame.nominal:
        return next((c for p, c in prep_args(host) if p == "for"), None)
    return next((c for c in host.children if c.dep_ in OBJ), None)


def _helped_party(st: DocState, noun: Token) -> Actor | None:
    helped = _helped_phrase(st, noun)
    return np_actor(st, helped, 1) if helped is not None else None


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
        got = np_actor(st, c, 1)
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
            got = np_actor(st, c) if prep in preps else None
            if got is not None and got[0] != actor_id:
                return got
    return None
