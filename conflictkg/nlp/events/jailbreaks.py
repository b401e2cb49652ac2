"""People freed by an attack: "la coalition de gangs a attaqué la prison de Mirebalais, libérant plus de
500 détenus", "gangs stormed the main prison, freeing thousands of inmates". A release told by a present
participle (a gerund) on a violent verb of the same actor is what the attack achieved: the people were
held by someone else, the actor concedes nothing to anyone. So is a release coordinated with the same
actor's attack on a prison or a camp (a ``jail_nouns`` site: "stormed the prison and freed dozens of
inmates", "ont attaqué la prison et ont libéré des détenus"), or told after it ("freed inmates after
storming the prison"). Such a release is dropped; a release told as an act of its own after an attack
on anything else ("ont attaqué Goma et ont libéré cinquante prisonniers"), or with no attack ("freed 20
hostages after talks"), stays (rounds frstyle85, jail85b)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, prep_args

JAIL_NOUNS = shared_words("jail_nouns")
# an attack hung on the release as its circumstance: "after storming", "après avoir attaqué"
_CIRCUMSTANCE = frozenset({"advcl", "pcomp", "obl", "obl:arg"})
Acts = set[tuple[int, str]]  # (predicate index, actor) of the attacks of a sentence


def without_jailbreaks(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence without the releases that are an attack's outcome."""
    attacks = {(e["pred"], e["actor"]) for e in events if e["type"] in VIOLENT_TYPES}
    jails = {(i, actor) for i, actor in attacks if _on_jail(st.doc[i])}
    return [e for e in events if not (e["type"] == "CONCEDE" and _outcome(st, e, attacks, jails))]


def _outcome(st: DocState, e: EventRecord, attacks: Acts, jails: Acts) -> bool:
    verb = st.doc[e["pred"]]
    if e["nominal"]:
        return False
    gerund = verb.morph.get("VerbForm", []) == ["Part"] and verb.morph.get("Tense", []) == ["Pres"]
    if gerund and (verb.head.i, e["actor"]) in attacks:
        return True
    if any((i, e["actor"]) in jails for i in _conjoined_before(verb)):  # "stormed the prison and freed"
        return True
    return any((i, e["actor"]) in jails and _hung_on(st.doc[i], verb) for i, _ in jails)


def _conjoined_before(verb: Token) -> list[int]:
    """The verbs a verb is coordinated after, the nearest first ("attacked the prison, killed two
    guards and freed 700 inmates": killed, attacked)."""
    before = []
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
        before.append(verb.i)
    return before


def _hung_on(attack: Token, release: Token) -> bool:
    """Whether the attack verb is a circumstance of the release, directly or through its preposition."""
    if attack.dep_ not in _CIRCUMSTANCE:
        return False
    return attack.head == release or (attack.head.dep_ == "prep" and attack.head.head == release)


def _on_jail(verb: Token) -> bool:
    """Whether a violent verb takes a prison or a camp as its object or its prepositional argument."""
    sites = [c for c in verb.children if c.dep_ in OBJ] + [n for _, n in prep_args(verb)]
    return any(_jail(s) for s in sites)


def _jail(tok: Token) -> bool:
    """A prison or a camp: "the prison", "a detention camp", "le centre de détention"."""
    named = [tok, *(c for c in tok.children if c.dep_ == "compound"), *(n for _, n in prep_args(tok))]
    return tok.pos_ == "NOUN" and any(n.pos_ == "NOUN" and n.lemma_.lower() in JAIL_NOUNS for n in named)
