"""Whom a claimed or hedged attack hit. "X claimed responsibility for last week's attack on police officers
in Y": the claim is X's fight (lexicon verb_object 'claim responsibility', no target role of its own),
and its target is the one the attack noun of the claim's complement names by its own target
prepositions ('on', 'against'). A target told as someone's word ("an attack on what it claimed were
Badr and Interior Ministry officers", "struck what the army said were rebel positions", "shelled what
it described as militant hideouts"; ``hedge_verbs``) is a free relative the parser hangs as a clause:
the attribute of its 'be' (or the object of its 'as') is the target, and each of its conjuncts is one.
A fight that already has a target, or whose hedged words name no actor, is left as it is."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.targets import office_state
from conflictkg.nlp.syntax import OBJ, prep_args

VIOLENT = frozenset({"FIGHT", "ASSAULT"})
HEDGE_SPAN = 8  # tokens from "what" to the hedge verb and its "be"
CIVILIAN_CLASS = "civilians"


def claimed_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, each targetless fight given the target its claimed attack noun or
    its hedged object names (one event a target)."""
    out: list[EventRecord] = []
    for e in events:
        if e["type"] not in VIOLENT or e["target"] is not None:
            out.append(e)
            continue
        targets = [t for t in dict.fromkeys(_targets(st, st.doc[e["pred"]])) if t != e["actor"]]
        if not targets:
            out.append(e)
            continue
        for target in targets:
            hit: EventRecord = {**e, "target": target}
            if st.actors.get(target, {}).get("group") == CIVILIAN_CLASS:
                hit["type"] = "ASSAULT"
            out.append(hit)
    return out


def _targets(st: DocState, pred: Token) -> list[str]:
    claimed = _claimed_attack(st, pred)
    if claimed is not None:
        noun, preps = claimed
        return [a for prep, c in prep_args(noun) if prep in preps for a in _named(st, c)] or [
            a for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for a in _hedged(st, c)
        ]
    return _hedged(st, pred)


def _claimed_attack(st: DocState, verb: Token) -> tuple[Token, tuple[str, ...]] | None:
    """The attack noun of "claimed responsibility for an attack" and its target prepositions."""
    if verb.lemma_.lower() not in st.lex.group("responsibility"):
        return None
    claim_nouns = st.lex.group("claim_nouns")
    for obj in (c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in claim_nouns):
        for _, noun in prep_args(obj):  # "the attack on X"; "the killing of X", as "claimed the killing of X"
            pred = st.lex.nouns.get(noun.lemma_.lower()) or st.lex.verb_object.get(
                (verb.lemma_.lower(), noun.lemma_.lower())
            )
            if pred is not None and pred.type in VIOLENT and pred.target:
                return noun, tuple(pred.target)
    return None


def _named(st: DocState, tok: Token) -> list[str]:
    """The actors a noun phrase and its conjuncts name ("Badr and Interior Ministry officers"), an office
    with no holder named the state's ("the killing of a district commissioner")."""
    found = (np_actor(st, t) or office_state(st, t) for t in (tok, *tok.conjuncts))
    return [a[0] for a in found if a is not None]


def _hedged(st: DocState, after: Token) -> list[str]:
    """The actors of "what it claimed were X" right after ``after`` (a verb, or a preposition)."""
    doc, sent = after.doc, after.sent
    start = after.i + 1
    if start >= sent.end or doc[start].lower_ not in st.lex.group("free_relatives"):
        return []
    hedges = st.lex.group("hedge_verbs")
    stop = min(sent.end, start + HEDGE_SPAN)
    verbs = (t for t in doc[start + 1 : stop] if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in hedges)
    verb = next(verbs, None)
    if verb is None:
        return []
    for t in doc[verb.i + 1 : min(sent.end, verb.i + 4)]:
        if t.lemma_ == "be":
            return [a for c in t.children if c.dep_ == "attr" for a in _named(st, c)]
        if t.lower_ == "as":
            return [a for c in t.children if c.dep_ == "pobj" for a in _named(st, c)]
    return []
