"""Strikes counted after their author told of them: "Coalition forces conducted 34 strikes against
ISIL ... Near Palmyra, one strike destroyed a tank". An attack noun with no author of its own, whose
lemma an earlier asserted event of the article was stated by as a noun (the strikes the coalition
conducted), is one of those: its author's, not the unidentified armed group's. So is one whose lemma
an earlier event was stated by as a verb ("The coalition struck ISIL near Raqqa. Two strikes engaged
ISIL units near Palmyra": the coalition's strikes). Of the events one predicate told, the first is the
predicate's own author's; those after it are sides a phrase added ("conducted 11 strikes in support of
the government of Iraq against ISIL": the government is a side of the fight, not who struck), so the
strikes counted after are the first one's."""

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
        a = st.actors.get(_own_author(st, e["pred"]) or e["actor"])
        if a is None or unidentified(a["id"]):
            continue
        return (str(a["id"]), 0.6, None)
    return None


def _own_author(st: DocState, pred: int) -> str | None:
    """The actor of the first asserted event the predicate at ``pred`` told (its own author)."""
    return next((e["actor"] for e in st.done if e["pred"] == pred and e.get("modality") == "asserted"), None)
