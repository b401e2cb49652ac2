"""Events questioned rather than told: "de vives critiques quant à son aide au régime"
names an aid only as what is criticised; it is no event of the article's."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, case_of


def without_doubted(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if not (e["nominal"] and _doubted(st, e["pred"]))]


def _doubted(st: DocState, pred: int) -> bool:
    """The event noun completes a noun of criticism or doubt through a topic preposition, or the
    verb whose object that noun is ("a reçu de vives critiques quant à son aide": the parser may
    hang the topic on the verb)."""
    noun = st.doc[pred]
    head = noun.head
    if head.i == noun.i or case_of(noun) not in st.lex.group("doubt_preps"):
        return False
    doubts = st.lex.group("doubt_nouns")
    if head.lemma_.lower() in doubts:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in OBJ and c.lemma_.lower() in doubts for c in head.children
    )
