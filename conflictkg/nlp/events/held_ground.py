"""Whose ground a capture took: "troops seized a CODECO militia stronghold in the
locality of X": a stronghold, base or position a named group qualifies (its compound or possessor)
was that group's, so the capture is from it; and "X took A after clashes with the militiamen": the
clashes told in passing on a capture were fought where the capture was, and an unnamed group fought
there is the side the ground was taken from (the one its stronghold names)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.town_holders import town_holder
from conflictkg.nlp.generic import unidentified
from conflictkg.nlp.syntax import case_of

_OWNER_DEPS = ("compound", "poss", "nmod:poss")
_PLACE_ENTS = ("GPE", "LOC", "FAC")  # "the Raqqa neighbourhood": where, not whose
_IN_PHRASE = ("pobj", "pcomp")  # "after clashes", "after fighting"


def held_from(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, each untargeted capture given the named owner of the ground taken,
    and the fights told in passing on it given its place and, when theirs is unnamed, its target."""
    owners = {
        e["pred"]: _ground_owner(st, e) or town_holder(st, e)  # "Mocímboa, tenue par des insurgés"
        for e in events
        if e["type"] == "CAPTURE" and e["target"] is None
    }
    events = [{**e, "target": owners[e["pred"]]} if owners.get(e["pred"]) else e for e in events]
    events = _taken_from_foes(st, events)
    taken = {e["pred"]: e for e in events if e["type"] == "CAPTURE"}
    out = []
    for e in events:
        tok = st.doc[e["pred"]]
        capture = taken.get(_hung_on(tok).i)
        told = e["nominal"] or tok.dep_ == "pcomp"  # "after clashes", "after fighting"
        if e["type"] != "FIGHT" or not told or capture is None or capture["actor"] != e["actor"]:
            out.append(e)
            continue
        if capture["place"] is not None and not _placed_within(e, tok):
            e = {**e, "place": capture["place"]}  # "took A after clashes": the clashes were at A
        if capture["target"] is not None and _unnamed(st, e["target"]):
            e = {**e, "target": capture["target"]}  # "after clashes with the militiamen": its owners
        out.append(e)
    return out


def _taken_from_foes(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "took A after clashes with Y": an untargeted capture was from the named side its actor
    fought in the fight told in passing on it."""
    foes: dict[int, str] = {}
    for e in events:
        on = _hung_on(st.doc[e["pred"]])
        if (
            e["type"] == "FIGHT"
            and e["nominal"]
            and e["target"] is not None
            and not _unnamed(st, e["target"])
        ):
            foes.setdefault(on.i, e["target"])
    return [
        {**e, "target": foes[e["pred"]]}
        if e["type"] == "CAPTURE" and e["target"] is None and e["pred"] in foes
        else e
        for e in events
    ]  # fmt: skip


def _hung_on(tok: Token) -> Token:
    """The word a phrase is hung on ("after clashes": the verb "after" is hung on)."""
    return tok.head.head if tok.dep_ in _IN_PHRASE else tok.head


def _ground_owner(st: DocState, e: EventRecord) -> str | None:
    """The named group that qualifies a ground noun taken ("a CODECO militia stronghold")."""
    grounds = st.lex.group("territory_nouns")
    verb = st.doc[e["pred"]]
    for t in verb.subtree:
        if t.lemma_.lower() not in grounds or t.pos_ != "NOUN" or t.i == e["pred"]:
            continue
        for c in (c for c in t.children if c.dep_ in _OWNER_DEPS and c.ent_type_ not in _PLACE_ENTS):
            got = np_actor(st, c)
            kind = st.actors.get(got[0], {}).get("kind") if got is not None else None
            if got is not None and got[0] != e["actor"] and kind != "state" and not _unnamed(st, got[0]):
                return got[0]
    return None


def _placed_within(e: EventRecord, tok: Token) -> bool:
    """The fight's place is named inside its own phrase ("clashes in X")."""
    start = (e["place"] or {}).get("start")
    in_passing = case_of(tok) is not None or tok.dep_ in _IN_PHRASE
    return (start is not None and any(t.i == start for t in tok.subtree)) or not in_passing


def _unnamed(st: DocState, actor_id: str | None) -> bool:
    """A generic group ("the militiamen": an unidentified militia of the country), or no one."""
    rec = st.actors.get(actor_id or "", {})
    return actor_id is None or (bool(rec.get("group")) and unidentified(actor_id))
