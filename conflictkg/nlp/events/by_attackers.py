"""The named author of an attack noun an agentless passive happened in: "a fighter was killed in an
attack by Hezbollah", "Omar was killed during a raid by pro-Assad forces": the mention after the agent
preposition hung on the attack noun acted (the killing is theirs), and is never who was hit; so is the one
a blaming participle on it names ("in an attack attributed to 3R combatants")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import agent_of, np_actor, unattributed
from conflictkg.nlp.events.attack_words import attack_noun
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import prep_args


def attack_author(st: DocState, noun: Token) -> Actor | None:
    """The author of the attack ``noun`` names: its agent ("by X") when it names one, else the
    unnamed author of an attack told with no author."""
    named = agent_of(st, noun) if attack_noun(st, noun) else None
    if named is None and attack_noun(st, noun):  # "by government and pro-Assad forces": the first named
        agents = st.lex.group("agent_preps")
        by = [c for prep, c in prep_args(noun) if prep in agents]
        named = next(filter(None, (np_actor(st, c) for b in by for c in b.conjuncts)), None)
    return named or unattributed(st, noun)


def noun_agent(st: DocState, t: Token) -> bool:
    """``t`` stands after an agent preposition hung on a noun ("an attack by X", "the siege of the
    town by X and Y"), or is a conjunct of one: the noun's actor."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head if t.dep_ == "pobj" else None
    agents = st.lex.group("agent_preps")
    named = t.head if t.dep_ == "compound" else t  # "attributed to 3R combatants": the name on its noun
    blamed = named.head if named.dep_ == "pobj" else None
    return (prep is not None and prep.lower_ in agents and prep.head.pos_ in ("NOUN", "PROPN")) or (
        blamed is not None and _blamed_on(st, blamed)
    )


def _blamed_on(st: DocState, prep: Token) -> bool:
    """ "in an attack attributed to X", "blamed on X": the one a noun's blaming participle names is
    its author too (round case87)."""
    blamer = prep.head
    return (
        prep.lower_ in st.lex.group("blamed_preps")
        and blamer.lemma_.lower() in st.lex.group("blaming_verbs")
        and blamer.dep_ in ("acl", "relcl", "amod")
        and blamer.head.pos_ in ("NOUN", "PROPN")
    )
