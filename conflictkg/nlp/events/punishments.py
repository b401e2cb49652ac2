"""Corporal punishment ("les islamistes ont amputé la main d'un voleur", "un couple a été lapidé",
"ont fouetté des jeunes"): its victim is in the hands of who punishes, so unarmed; with no party
named as the victim, it is violence against the civilians the object names (else the article
country's), as ACLED codes these acts. The verbs are the lexicon group ``punishment_verbs``."""

from __future__ import annotations

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS


def punished(st: DocState, e: EventRecord) -> EventRecord:
    """``e`` with the civilians punished as its target, when it is a punishment with none."""
    if e["type"] != "ASSAULT" or e["target"] is not None or e["nominal"]:
        return e
    verb = st.doc[e["pred"]]
    if verb.lemma_.lower() not in st.lex.group("punishment_verbs"):
        return e
    for c in verb.children:  # "deux touristes turcs": civilians of their own country
        m = st.covered.get(c.i) if c.dep_ in OBJ or c.dep_ in SUBJ_PASS else None
        a = st.actors.get(m["actor"]) if m is not None else None
        if a is not None and a.get("kind") == "civilians":
            return {**e, "target": str(a["id"])}
    return {**e, "target": generic_id(st, "civilians", st.doc._.country)}
