"""Places an event aims at rather than names where it happens: where people in the clause were
heading ("blocked marchers heading to Conakry"), the place an offensive was launched to take ("a
lancé une contre-offensive pour reprendre Konna"), both fought or held there when the clause names
no other place; and the refuge people fled to ("ont poussé 100 000 personnes à fuir vers Goma"),
which is never where the fighting they fled was (round frstyle87). Moved out of nlp/events/places.py,
whose ``place_np`` the callers pass."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, case_of, is_reflexive, prep_args

PlaceOf = Callable[[DocState, Token], dict[str, Any] | None]


def destination(st: DocState, tok: Token, place_np: PlaceOf) -> dict[str, Any] | None:
    """ "blocked marchers heading to Conakry": where people in the clause were going, when it
    names no other place."""
    verbs, preps = st.lex.group("destination_verbs"), st.lex.group("destination_preps")
    for t in tok.subtree:
        if t.i == tok.i or t.pos_ != "VERB" or t.lemma_.lower() not in verbs:
            continue
        for prep, c in prep_args(t):
            got = place_np(st, c) if prep in preps else None
            if got is not None:
                got["inferred"] = True
                return got
    return None


def taken_place(st: DocState, f: Frame, place_np: PlaceOf) -> dict[str, Any] | None:
    """ "a lancé une contre-offensive pour reprendre Konna": an offensive launched to take a place
    is fought there."""
    if f.pred.type != "FIGHT":
        return None
    noun = f.noun if f.noun is not None else f.tok  # "lancer une offensive" as a frame or a noun
    if f.noun is None and not (
        f.nominal and noun.dep_ in OBJ and noun.head.lemma_.lower() in st.lex.group("light")
    ):
        return None
    clauses = [
        c for h in (noun, noun.head) for c in h.children if c.dep_ in ("advcl", "acl") and c.i > noun.i
    ]
    for verb in filter(lambda c: _capture_verb(st, c), clauses):
        # the parser may read the town as a complement ("reprendre Konna" as xcomp)
        objs = [c for c in verb.children if c.dep_ in OBJ or c.dep_ == "xcomp"]
        held = [x for h in (verb, *objs) for prep, x in prep_args(h) if prep in st.lex.group("of_preps")]
        got = next(filter(None, (place_np(st, c) for c in (*objs, *held))), None)
        if got is not None:
            return got
    return None


def _capture_verb(st: DocState, verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    pred = st.lex.reflexive.get(lemma) if is_reflexive(verb) else st.lex.verbs.get(lemma)
    taken = [st.lex.verb_object.get((lemma, c.lemma_.lower())) for c in verb.children if c.dep_ in OBJ]
    return any(p is not None and p.type == "CAPTURE" for p in (pred, *taken))


def refuge(st: DocState, t: Token, trigger: Token) -> bool:
    """``t`` is where people fled to ("à fuir vers Goma", "se sont réfugiés à Bunia": the lexicon's
    ``refuge_verbs`` and ``refuge_preps``), which is no place of an event but that flight's own."""
    verb = t.head
    return (
        verb.i != trigger.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in st.lex.group("refuge_verbs")
        and case_of(t) in st.lex.group("refuge_preps")
    )
