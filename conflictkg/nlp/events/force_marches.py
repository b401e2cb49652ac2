"""A march by forces is no protest: "In their march toward Raqqah, the SDF liberated dozens of
villages", "the column's march on the capital". A protest noun the lexicon marks ``no_forces`` (as
its verb is: "the army marched" is a parade or an advance) whose actor, read from its owner or its
agent, is an armed or state force (``FIGHTING_KINDS``) tells no protest (round enreal83)."""

from __future__ import annotations

from conflictkg.nlp.events.state import FIGHTING_KINDS, DocState, EventRecord


def without_force_marches(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the nominal protests of a ``no_forces`` noun done by a force."""

    def force_march(e: EventRecord) -> bool:
        if e["type"] != "PROTEST" or not e["nominal"]:
            return False
        entry = st.lex.nouns.get(st.doc[e["pred"]].lemma_.lower())
        kind = (st.actors.get(e["actor"]) or {}).get("kind")
        return entry is not None and entry.no_forces and kind in FIGHTING_KINDS

    return [e for e in events if not force_march(e)]
