"""Strikes counted after their author told of them: "Coalition forces conducted 34 strikes against
ISIL ... Near Palmyra, one strike destroyed a tank". An attack noun with no author of its own, whose
lemma an earlier asserted event of the article was stated by as a noun (the strikes the coalition
conducted), is one of those: its author's, not the unidentified armed group's. So is one whose lemma
an earlier event was stated by as a verb ("The coalition struck ISIL near Raqqa. Two strikes engaged
ISIL units near Palmyra": the coalition's strikes)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.generic import unidentified


def told_striker(st: DocState, tok: Token) -> Actor | None:
    """The named author of the last asserted event of the same lemma as ``tok``, else None."""
    lemma = tok.lemma_.lower()
    for e in reversed(st.done):
        if e.get("modality") != "asserted" or e["pred"] >= tok.i:
            continue
        if st.doc[e["pred"]].lemma_.lower() != lemma:
            continue
        a = st.actors.get(e["actor"])
        if a is None or unidentified(a["id"]):
            continue
        return (str(a["id"]), 0.6, None)
    return None
