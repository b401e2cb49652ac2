"""Clashes a capture followed: "X took A from Y after clashes": the clashes told in passing, with
no side named, were fought by X against Y, the side the place was taken from."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import case_of


def fought_from(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, the untargeted nominal fights of a capture's actor given the
    capture's target."""
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


def _in_passing(tok: Token) -> bool:
    """ "after clashes", "following heavy fighting": named in a prepositional phrase."""
    return tok.dep_ == "pobj" or case_of(tok) is not None
