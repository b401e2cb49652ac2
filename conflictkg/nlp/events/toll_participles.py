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
from conflictkg.nlp.events.counted_victims import counted_victims
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import AUX_PASS, OBJ, SUBJ, first_child, has_aux

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
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.dep_ != "ROOT" or head.i == verb.i:
        return False
    if has_aux(verb) or any(c.dep_ in AUX_PASS or c.dep_ in SUBJ for c in verb.children):
        return False
    if first_child(verb, OBJ) is not None:
        return False
    return head.like_num or any(c.dep_ == "nummod" for c in head.children)


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
    kind = st.actors.get(found[0], {}).get("kind")
    if kind in (None, "state"):
        return e
    if kind == "civilians":  # "20 civilians killed by shelling on X": an assault on them
        return {**e, "target": found[0], "type": "ASSAULT", "cameo": "18"}
    return {**e, "target": found[0]}
