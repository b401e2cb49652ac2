"""A state whose camp an unnamed group fights for backs it: "pro-Russian separatists shelled X" is
the separatists' attack and Russia's support of them (SUPPORT, CAMEO 05), as "Russian-backed
separatists" tells (nlp/pro_camps.py finds the camp). A group the KB names by its camp ("pro-Iran
militias": Militia (Pro-Iran)) is left as the KB has it."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.targets import country_state
from conflictkg.nlp.pro_camps import camp_of

SUPPORT_CAMEO = "05"  # provide aid


def with_camp_backers(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, each party of a state's camp followed once by that state's
    support of it."""
    out: list[EventRecord] = []
    backed: set[tuple[str, str]] = set()
    for e in events:
        out.append(e)
        for party in (e["actor"], e["target"]):
            backer = _backer(st, e, party)
            if backer is None or (backer, str(party)) in backed:
                continue
            backed.add((backer, str(party)))
            # backing is told nowhere: "Turkish-backed factions" place it nowhere either
            out.append(
                {
                    **e,
                    "type": "SUPPORT",
                    "cameo": SUPPORT_CAMEO,
                    "actor": backer,
                    "target": party,
                    "place": None,
                }
            )
    return out


def _backer(st: DocState, e: EventRecord, party: str | None) -> str | None:
    """The state whose camp the group noun of ``party`` in the sentence of ``e`` fights for."""
    if party is None or not st.actors.get(party, {}).get("group"):
        return None  # a named group ("pro-Turkish factions": the SNA) is the KB's business
    sent = st.doc[e["pred"]].sent
    for m in st.mentions:
        if m["actor"] != party or not sent.start <= m["start"] < sent.end:
            continue
        got = camp_of(st.doc[m["head"]], st.lex, st.kb)
        state = country_state(st, got[1].country) if got and got[1].kind == "state" else None
        if state is not None and state[0] != party:
            return state[0]
    return None
