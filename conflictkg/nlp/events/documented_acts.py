"""Acts told as what a document records: "The report documents the scale of barbarity carried out
by the government against its own citizens", "the report details atrocities against civilians". The event noun
stands in the object of a verb of documenting (``documenting_verbs``), alone or as the complement of
that object ("the breadth of X"): a record of many acts over a war, told at no one place, so the
article's home country is not made its place (nlp/home_country.home_place); a place the sentence
gives it stands."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ

_PATH_DEPS = OBJ | {"pobj", "prep"}


def mark_documented(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events``, each nominal one a document records marked as placed nowhere by default."""
    verbs = st.lex.group("documenting_verbs")
    for e in events:
        if not e["nominal"]:
            continue
        t = st.doc[e["pred"]]
        for _ in range(4):  # "documents the scale of barbarity": up through the object's complements
            if t.dep_ not in _PATH_DEPS or t.head.i == t.i:
                break
            t = t.head
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs:
                e["unplaced"] = True
                break
    return events
