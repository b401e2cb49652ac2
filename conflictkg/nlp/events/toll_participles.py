"""Counted tolls with a bare participle (issue 14): "38 killed by aerial bombardment on X", "Two
soldiers killed in an ambush near Y". A headline drops the auxiliary: a past participle of a
violent predicate with no auxiliary and no object, heading the sentence or hung on its counted root
("38 killed", "12 rebels killed"), counts the victims; it names no actor and tells no event of its
own. The attack noun hung on it by a preposition ("by aerial bombardment", "in an ambush") is then
the event the headline tells, not one mentioned in passing (crowds.in_passing): its default actor
acts where it happened, on the victims counted when they are a group (civilians counted make it an
assault)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _np_actor
from conflictkg.nlp.events.counted_victims import bare_participle, counted, counted_victims
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.toll_headlines import on_victims
from conflictkg.nlp.syntax import SUBJ, first_child

_VIOLENT = ("FIGHT", "ASSAULT")


def told_by_counted_toll(st: DocState, tok: Token) -> bool:
    """Whether the attack noun ``tok`` hangs by a preposition on a counted toll's bare participle
    (or on the participle coordinated with it: "45 killed and wounded by X")."""
    return _toll_participle(st, tok) is not None


def _toll_participle(st: DocState, tok: Token) -> Token | None:
    if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent"):
        return None
    verb = tok.head.head
    f = st.frames.get(verb.i)
    if f is None or f.nominal or f.pred.type not in _VIOLENT or f.pred.civilian_type is None:
        return None
    # "45 killed and wounded by X": the first participle counts them
    first = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBN" else verb
    head = st.frames.get(first.i)
    if head is None or head.nominal or head.pred.type not in _VIOLENT:
        return None
    if counted_victims(first, head.pred):  # "Two soldiers killed in an ambush"
        return first
    return first if _counted_acl(first) else None


def _counted_acl(verb: Token) -> bool:
    """ "38 killed by X", "12 rebels killed by X": a bare participle on the sentence's counted root."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.i == verb.i or not bare_participle(verb):
        return False
    return first_child(verb, SUBJ) is None and counted(head)


def counted_toll_victims(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with an untargeted attack a counted toll tells aimed at the group counted."""
    return [_on_victims(st, e) for e in events]


def _on_victims(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] not in _VIOLENT or e["target"] is not None:
        return e
    verb = _toll_participle(st, st.doc[e["pred"]])
    if verb is None:
        return e
    counted = verb.head if verb.dep_ == "acl" else first_child(verb, SUBJ)
    found = _np_actor(st, counted) if counted is not None and not counted.like_num else None
    if found is None or found[0] == e["actor"]:
        return e
    if st.actors.get(found[0], {}).get("kind") in (None, "state"):
        return e
    return on_victims(st, e, found[0])  # "20 civilians killed by shelling on X": an assault on them
