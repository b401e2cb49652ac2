"""Captures and the sides they were taken from: "X took A from Y after clashes": the clashes told in
passing, with no side named, were fought by X against Y; "X retook A after it was taken over by Y":
Y's capture is of A (the pronoun's antecedent), from X, and X retook A from Y. "Rebels left A, which was
taken over by the army": a capture whose relative pronoun is taken is of the place it stands for."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.held_ground import held_from
from conflictkg.nlp.events.places import place_np, place_of_event
from conflictkg.nlp.events.state import DocState, EventRecord, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, case_of

TERRITORY_PRONOUNS = shared_words("territory_pronouns")  # "after it was taken": the place taken


def fought_from(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, the untargeted nominal fights of a capture's actor given the
    capture's target, and the unplaced ones told in passing on the capture's verb its place ("ont
    pris Kidal après de violents combats": the fighting was at Kidal)."""
    events = _fought_where_taken(st, _driven_out_where(held_from(st, events)))
    events = _taken_from_foe(st, _fought_earlier(st, events))
    taken = {e["actor"]: e["target"] for e in events if e["type"] == "CAPTURE" and e["target"] is not None}
    if not taken:
        return events
    return [
        {**e, "target": taken[e["actor"]]}
        if e["type"] == "FIGHT" and e["target"] is None and e["nominal"] and e["actor"] in taken
        and _in_passing(st.doc[e["pred"]])
        else e
        for e in events
    ]  # fmt: skip


def _fought_where_taken(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    places = {e["pred"]: e["place"] for e in events if e["type"] == "CAPTURE" and e["place"] is not None}
    if not places:
        return events
    out: list[EventRecord] = []
    for e in events:
        tok = st.doc[e["pred"]]
        passing = e["type"] == "FIGHT" and e["nominal"] and _in_passing(tok)
        verb = _capture_above(tok, places) if passing else None
        taken = places[verb] if verb is not None else None
        # unplaced, or placed at the wider unit the place taken lies in ("out of A in B province")
        moved = taken is not None and (e["place"] is None or _wider(e["place"], taken))
        out.append({**e, "place": _taken(taken)} if taken is not None and moved else e)
    return out


def _taken(place: dict[str, Any]) -> dict[str, Any]:
    """The place taken, given to the fight for it: resolved as the capture's is, a town the gazetteer
    lacks kept as named (extractor)."""
    return {**place, "taken": True}


def _wider(place: dict[str, Any], taken: dict[str, Any]) -> bool:
    return (taken.get("fallback") or {}).get("name") == place.get("name") is not None


def _driven_out_where(events: list[EventRecord]) -> list[EventRecord]:
    """ "drove the rebels out of A in B province": the verb's fight and its capture are one act, at A
    taken, not at the wider unit B the capture keeps as its fallback."""
    taken = {
        (e["pred"], e["actor"]): e["place"]
        for e in events
        if e["type"] == "CAPTURE" and e["place"] is not None and e["place"].get("fallback")
    }
    out: list[EventRecord] = []
    for e in events:
        here = e["place"] if e["type"] == "FIGHT" else None
        place = taken.get((e["pred"], e["actor"])) if here is not None else None
        out.append(
            {**e, "place": _taken(place)}
            if here is not None and place is not None and _wider(here, place)
            else e
        )
    return out


def _taken_from_foe(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "X seized A after weeks of fighting with Y": a capture with no side named, whose fight told in
    passing by its actor names the other side, was taken from that side."""
    captures = dict.fromkeys(e["pred"] for e in events if e["type"] == "CAPTURE" and e["target"] is None)
    foes: dict[tuple[str, int], str] = {}  # (actor, capture pred) → the side fought in passing
    for e in events:
        tok = st.doc[e["pred"]]
        foe = e["target"] if e["type"] == "FIGHT" and e["nominal"] and e["target"] != e["actor"] else None
        verb = _capture_above(tok, captures) if foe is not None and _in_passing(tok) else None
        if foe is not None and verb is not None:
            foes.setdefault((e["actor"], verb), foe)
    return [
        {**e, "target": foes[(e["actor"], e["pred"])]}
        if e["type"] == "CAPTURE" and (e["actor"], e["pred"]) in foes
        else e
        for e in events
    ]  # fmt: skip


def _capture_above(tok: Token, places: dict[int, Any]) -> int | None:
    """The capture verb a fight noun told in passing hangs on, right there or through the noun the
    parser hangs it on: the place taken ("ont repris Anéfis après de violents combats", "combats" on
    "Anéfis") or a count of days ("après plusieurs jours de combats", "after two days of fighting":
    through the count and its preposition)."""
    head = tok.head
    for _ in range(4):
        if head.i in places:
            return head.i
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return None
        head = head.head
    return None


def _fought_earlier(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "Les rebelles affrontent l'armée aux abords de Gao. Ils ont pris la ville après de violents
    combats": a capture with no side named, whose fight told in passing names none either, was taken
    from the side its actor was told fighting before, and the fight was against that side."""
    foes: dict[str, str] = {}
    for e in st.done:
        if e["type"] == "FIGHT" and e["target"] is not None and e["target"] != e["actor"]:
            foes[e["actor"]] = e["target"]
    if not foes:
        return events
    captures = dict.fromkeys(e["pred"] for e in events if e["type"] == "CAPTURE" and e["target"] is None)
    fought: set[tuple[str, int]] = set()  # (actor, capture pred) of each fight told in passing
    passing: set[int] = set()
    for e in events:
        tok = st.doc[e["pred"]]
        if e["type"] != "FIGHT" or e["target"] is not None or not e["nominal"] or e["actor"] not in foes:
            continue
        verb = _capture_above(tok, captures) if _in_passing(tok) else None
        if verb is not None:
            fought.add((e["actor"], verb))
            passing.add(e["pred"])
    return [
        {**e, "target": foes[e["actor"]]}
        if e["pred"] in passing or (e["type"] == "CAPTURE" and (e["actor"], e["pred"]) in fought)
        else e
        for e in events
    ]  # fmt: skip


def _in_passing(tok: Token) -> bool:
    """ "after clashes", "following heavy fighting": named in a prepositional phrase."""
    return tok.dep_ == "pobj" or case_of(tok) is not None


def retaken_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "recaptured X after it was taken over by Y": a capture of a pronoun, in a clause hung on
    another capture of the sentence (or coordinated with a capture or a withdrawal: "withdrew from X
    and handed it over to Y"), is of the place that capture took or that withdrawal left."""
    tok = f.tok
    if (relative := _relative_place(st, f)) is not None:
        return relative
    head = st.frames.get(tok.head.i)
    if head is None or f.pred.type != "CAPTURE" or not _linked(tok, head.pred.type):
        return None
    taken = [c for c in tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    if not taken or any(c.pos_ != "PRON" or c.lower_ not in TERRITORY_PRONOUNS for c in taken):
        return None
    return place_of_event(st, head)


def _linked(tok: Token, head_type: str) -> bool:
    """A clause hung on a capture ("recaptured X after it was taken"), or a verb coordinated with a
    capture or a withdrawal ("withdrew from the base and handed it over to X"): its pronoun is that
    place."""
    return (tok.dep_ == "advcl" and head_type == "CAPTURE") or (
        tok.dep_ == "conj" and head_type in ("CAPTURE", "RETREAT")
    )


def _relative_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The place named right before the relative pronoun the capture takes ("Bentiu, which was taken
    over by X"), on its relative clause or on a clause the parser hung elsewhere."""
    taken = [c for c in f.tok.children if (c.dep_ in OBJ or c.dep_ in SUBJ_PASS) and c.tag_ == "WDT"]
    if f.nominal or f.pred.type != "CAPTURE" or not taken or taken[0].i == 0:
        return None
    before = st.doc[taken[0].i - 1]
    antecedent = f.tok.head if f.tok.dep_ == "relcl" else st.doc[before.i - 1] if before.is_punct else before
    return None if antecedent.is_punct or antecedent.i >= taken[0].i else place_np(st, antecedent)


def taken_back(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "X recaptured A after Y took it": X took A from Y, and Y had taken it from X (captures of
    the same place, one told in a clause hung on the other)."""
    captures = [e for e in events if e["type"] == "CAPTURE" and e["place"] is not None]
    sides: dict[int, str] = {}  # an event's pred → the other side
    earlier: set[int] = set()  # the captures told in the clause: their patient is the later taker
    for e in captures:
        for o in captures:
            tok = st.doc[o["pred"]]
            same = (o["place"] or {}).get("name") == (e["place"] or {}).get("name")
            if same and tok.dep_ == "advcl" and tok.head.i == e["pred"] and o["actor"] != e["actor"]:
                sides.setdefault(e["pred"], o["actor"])
                sides.setdefault(o["pred"], e["actor"])
                earlier.add(o["pred"])
    return [
        {**e, "target": sides[e["pred"]]}
        if e["type"] == "CAPTURE" and e["pred"] in sides and (e["target"] is None or e["pred"] in earlier)
        else e
        for e in events
    ]  # fmt: skip
