"""Sides named by a prepositional phrase of an act: "Russia launched air strikes in support of the
Syrian army" (Russia backs the army: ``backing_phrases``), "the army, with the support of the
coalition, retook X" (the coalition backs the army: ``backed_phrases``), "Kurdish fighters fought
alongside the SDF", "the UK is working in partnership with Iraq to defeat ISIL" (they cooperate:
``partner_phrases``). The phrase hangs on the act's verb, its subject or object, a participle on
its object, or the verb the act is the purpose of; the party it names must be an actor. The party
fought alongside is a side of that fight against the same target; the party an act is done "in
support of" is backed by it and does not share in it ("X conducted strikes in support of Y against
Z": X backs Y and strikes Z, as the gold conventions read "X supported Y with air strikes on Z"),
nor does the one who backs it from outside ("with the support of"). A protest "in support of X"
names its cause, not an ally."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ

SUPPORT_CAMEO = "05"  # engage in diplomatic cooperation (as the verb 'support')
COOPERATE_CAMEO = "06"  # engage in material cooperation
SHARED_FIGHTS = frozenset({"FIGHT"})
CLAUSE_LINKS = frozenset({"xcomp", "advcl"})  # "working in partnership with X to defeat Y"
MOTIVE_TYPES = frozenset({"PROTEST"})  # "rallied in support of X": the protest's cause, no alliance


def side_phrases(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, with the sides their prepositional phrases name."""
    groups = {g: st.lex.group(g) for g in ("backing_phrases", "backed_phrases", "partner_phrases")}
    if not any(groups.values()):
        return events
    out = list(events)
    for e in events:
        pred = st.doc[e["pred"]]
        if not e["actor"] or e["type"] in MOTIVE_TYPES:
            continue
        if e["nominal"] and pred.dep_ not in OBJ:  # "launched strikes": the verb's act
            continue
        for phrase, tok in _phrases(pred):
            got = np_actor(st, tok)
            side = got[0] if got is not None else None
            if side is None or side in (e["actor"], e["target"]):
                continue
            if phrase in groups["backing_phrases"]:
                _add(out, e, "SUPPORT", SUPPORT_CAMEO, e["actor"], side)
                continue
            elif phrase in groups["backed_phrases"]:
                _add(out, e, "SUPPORT", SUPPORT_CAMEO, side, e["actor"])
                continue
            elif phrase in groups["partner_phrases"]:
                _add(out, e, "COOPERATE", COOPERATE_CAMEO, e["actor"], side)
            else:
                continue
            if e["type"] in SHARED_FIGHTS and e["target"]:
                _add(out, e, e["type"], e["cameo"], side, e["target"])
    return out


def _add(
    out: list[EventRecord], e: EventRecord, typ: str, cameo: str | None, actor: str, target: str
) -> None:
    if not any(o["type"] == typ and o["actor"] == actor and o["target"] == target for o in out):
        out.append({**e, "type": typ, "cameo": cameo, "actor": actor, "target": target, "via": None})


def _anchors(pred: Token) -> Iterator[Token]:
    """The act's verb (or noun), its subject and objects, participles on it or its objects, and the
    verb whose purpose or object it is."""
    yield pred
    yield from (p for p in pred.children if p.dep_ == "acl")
    for c in pred.children:
        if c.dep_ in SUBJ or c.dep_ in OBJ:
            yield c
            yield from (p for p in c.children if p.dep_ == "acl")
    first = pred
    while first.dep_ == "conj" and first.head.i != first.i:  # "to degrade and defeat Y": the first verb's
        first = first.head
    if first.dep_ in CLAUSE_LINKS or first.dep_ in OBJ:  # "launched strikes in support of X"
        yield first.head


def _phrases(pred: Token) -> Iterator[tuple[str, Token]]:
    """(phrase, party) for each prepositional phrase on the anchors: "alongside X" as "alongside",
    "with the support of X" as its words (the noun as written); each conjunct of the party too."""
    for anchor in _anchors(pred):
        for c in anchor.children:
            if c.dep_ != "prep":
                continue
            for p in (c, *(j for j in c.children if j.dep_ == "conj" and j.pos_ == "ADP")):
                for n in (g for g in p.children if g.dep_ == "pobj"):
                    yield from ((p.lower_, x) for x in _conjuncts(n))
                    dets = [d.lower_ for d in n.children if d.dep_ == "det" and d.i < n.i]
                    for p2 in (g for g in n.children if g.dep_ == "prep"):
                        words = " ".join([p.lower_, *dets, n.lower_, p2.lower_])
                        for x in (g for g in p2.children if g.dep_ == "pobj"):
                            yield from ((words, y) for y in _conjuncts(x))


def _conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from _conjuncts(c)
