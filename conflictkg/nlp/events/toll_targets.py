"""The party a fight's toll names is the fight's target: "l'armée a bombardé Rastane, tuant dix
militants", "ont pris d'assaut une caserne, tuant 16 soldats". The killing told in a participle
clause on the fight is its toll, not an event of its own (finder.py), so the armed party it kills
is the one the fight was against when the fight names none."""

from __future__ import annotations

from conflictkg.nlp.events.state import FIGHTING_KINDS, DocState, EventRecord
from conflictkg.nlp.events.subjects import _kind
from conflictkg.nlp.events.targets import _target


def toll_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the fights that name no target given the armed party their toll kills."""
    return [_with_toll_target(st, e) for e in events]


def _with_toll_target(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] != "FIGHT" or e["target"] is not None or e["nominal"]:
        return e
    for c in st.doc[e["pred"]].children:
        f = st.frames.get(c.i)
        if c.dep_ != "advcl" or f is None or f.pred.civilian_type is None:
            continue  # "tuant dix militants": a killing verb (one that turns to assault on civilians)
        got = _target(st, f, e["actor"])
        if got is not None and got[0] != e["actor"] and _kind(st, got[0]) in FIGHTING_KINDS:
            return {**e, "target": got[0]}
    return e
