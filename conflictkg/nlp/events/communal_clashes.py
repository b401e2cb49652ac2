"""Communal clashes: "communal clashes broke out in Khargone", "clashes between Hindus and Muslims",
"members of two communities clashed in Bhadrak". A reciprocal fight (a symmetric FIGHT word) that a
communal word qualifies (``communal_modifiers``: communal, sectarian, caste) or whose sides are
communities (``community_nouns``: communities, Hindus, Muslims, as the subject, its modifier, its 'of'
complement, or the 'between'/'with' complement; never a side that names an actor) is mob violence:
both sides are the rioters of the article's country (the default actor of the fight becomes
``rioters``), as ACLED codes them, not an armed group. Sides that are actors ("clashes between the
army and Maoists") keep their fight."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, EventRecord, Frame
from conflictkg.nlp.syntax import SUBJ

ROUND_SIDES = ("between", "with", "among")
RIOTERS = "rioters"


def communal_reading(st: DocState, f: Frame) -> Frame:
    """The frame of a communal clash, whose default actor is the rioters, else ``f``."""
    if f.pred.type != "FIGHT" or not f.pred.symmetric or f.pred.passive_actor == RIOTERS:
        return f
    modifiers, communities = st.lex.group("communal_modifiers"), st.lex.group("community_nouns")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in f.tok.children):
        return _rioting(f)
    if any(s.i not in st.covered and _named(s, communities) for s in _sides(f.tok)):
        return _rioting(f)
    return f


def _rioting(f: Frame) -> Frame:
    return Frame(f.tok, replace(f.pred, passive_actor=RIOTERS), noun=f.noun, nominal=f.nominal)


def _sides(tok: Token) -> list[Token]:
    """The subject, and the nouns of the 'between'/'with' complement, with their conjuncts."""
    heads = [c for c in tok.children if c.dep_ in SUBJ]
    holders = [tok, tok.head] if tok.dep_ in SUBJ else [tok]  # "clashes broke out between X and Y"
    heads += [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ROUND_SIDES
        for g in c.children
    ]
    return [*heads, *(x for h in heads for x in h.conjuncts)]


def _named(side: Token, communities: frozenset[str]) -> bool:
    """A community noun, one a community's name qualifies ("Hindu and Muslim groups"), or a noun whose
    'of' complement is one ("members of two communities")."""
    if {side.lower_, side.lemma_.lower()} & communities:
        return True
    if any(m.dep_ in ("amod", "compound") and m.lower_ in communities for m in side.children):
        return True
    return any(
        p.lower_ == "of" and {g.lower_, g.lemma_.lower()} & communities
        for p in side.children
        if p.dep_ == "prep"
        for g in p.children
    )


def communal_fight(st: DocState, e: EventRecord) -> EventRecord | None:
    """The event of a communal clash as read, mob violence (no riot against anyone), else None; so is
    the toll it leaves ("two communities clashed, leaving 15 people injured")."""
    if e["type"] not in VIOLENT_TYPES:
        return None
    pred = st.doc[e["pred"]]
    for tok in [pred, *list(pred.ancestors)[:2]]:
        frame = st.frames.get(tok.i)
        if frame is not None and frame.pred.symmetric and frame.pred.passive_actor == RIOTERS:
            return e
    return None
