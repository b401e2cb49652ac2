"""A protest lodged with another party: "Ghana protested to Nigeria over the expulsion of its
citizens", "China protested to Japan about the visit". A protest verb whose prepositional complement
of address (complaint_preps) names an actor is a complaint made to that party (CAMEO 114, complain
officially; PLOVER ACCUSE), not a demonstration, when who protests is no generic group of people
("students protested to the governor" stay protesters)."""

from __future__ import annotations

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import prep_args

COMPLAINT_CAMEO = "114"


def official_protests(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    preps = st.lex.group("complaint_preps")
    for e in events:
        tok = st.doc[e["pred"]]
        if e["type"] != "PROTEST" or tok.pos_ != "VERB" or st.actors.get(e["actor"], {}).get("group"):
            continue
        addressed = (np_actor(st, c) for p, c in prep_args(tok) if p in preps)
        got = next((a for a in addressed if a is not None and a[0] != e["actor"]), None)
        if got is not None:
            e["type"], e["cameo"], e["target"] = "ACCUSE", COMPLAINT_CAMEO, got[0]
    return events
