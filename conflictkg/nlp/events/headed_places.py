"""A place headed for is not where unnamed territory was taken: "On their way toward Raqqa, the
fighters freed dozens of villages" took villages somewhere on the way, not Raqqa. A capture of
territory the clause does not name (``unnamed``) whose place is the object of a preposition of
heading (the lexicon's ``heading_preps``) is marked ``heading``: kept with no place, so no control
of that place follows (nlp/captures.unplaced_capture; round enreal83)."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord


def heading_captures(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events``, with the unnamed captures placed by a heading preposition marked ``heading``."""
    preps = st.lex.group("heading_preps")
    for e in events:
        ref = e["place"]
        if e["type"] != "CAPTURE" or not e.get("unnamed") or ref is None or ref.get("start") is None:
            continue
        tok = st.doc[ref["start"]]
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head  # "Tal Abyad": the name's head holds the preposition
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            e["place"] = {**ref, "heading": True}
    return events
