"""Helpers in a fight: "the coalition is helping the Afghan army to defeat the Taliban", "France
supported the Iraqi army in its efforts to defeat ISIL". A help verb (a SUPPORT or AID) whose clause
holds a verb of fighting by the party helped, or by the helper, makes both of them a side of that
fight: the one helped acts, and the helper backs the act against the same enemy. A fight noun stays
its own party's ("supports Iraq in its fight against ISIL", "supported the LNA with air strikes on
the GNA": the support is given to a fight, not shared in). A person helping (a minister
voicing support) wages no fight."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord

HELP_TYPES = frozenset({"SUPPORT", "AID"})
FIGHT_TYPES = frozenset({"FIGHT"})


def _governs(st: DocState, head: int, tok: int) -> bool:
    """``tok`` lies in the clause of ``head``: ``head`` is one of its syntactic ancestors."""
    return any(a.i == head for a in st.doc[tok].ancestors)


def helpers_fight(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, with the other side of each verbal help a fight it governs is of."""
    out = list(events)
    for h in events:
        if h["type"] not in HELP_TYPES or h["nominal"] or not h["target"] or h["target"] == h["actor"]:
            continue
        pair = (h["actor"], h["target"])
        for f in events:
            if f["type"] not in FIGHT_TYPES or f["nominal"] or f["actor"] not in pair or not f["target"]:
                continue
            other = pair[1] if f["actor"] == pair[0] else pair[0]
            if f["target"] in pair or not _governs(st, h["pred"], f["pred"]):
                continue
            if st.actors.get(other, {}).get("kind") == "person":  # a minister backing a fight wages none
                continue
            if any(
                o["type"] == f["type"] and o["actor"] == other and o["target"] == f["target"] for o in out
            ):
                continue
            out.append({**f, "actor": other, "via": None})
    return out
