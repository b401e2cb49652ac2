"""A protest noun telling why another event was done: "students marched in Nairobi in protest of the
government's decision", "traders shut their shops and rallied in protest against X". The noun, the
object of a motive preposition (the lexicon's ``motive_preps``) that hangs on the verb of another
event of the sentence, is that event's motive, not a protest of its own: its "of" complement is
what is protested, never who protests. A protest noun on a verb that tells no event ("shops stayed
closed in protest") stays the event."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord


def without_motive_protests(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the nominal protests that are the motive of another event's verb."""
    preds = {e["pred"] for e in events if not e["nominal"]}
    preps = st.lex.group("motive_preps")

    def motive(e: EventRecord) -> bool:
        tok = st.doc[e["pred"]]
        prep = tok.head
        on_verb = tok.dep_ == "pobj" and prep.lower_ in preps and prep.head.i in preds
        return e["type"] == "PROTEST" and bool(e["nominal"]) and on_verb and prep.head.i != tok.i

    return [e for e in events if not motive(e)]
