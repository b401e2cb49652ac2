"""Events questioned rather than told: "de nombreuses critiques quant à son aide au gouvernement"
names an aid only as what is criticised; it is no event of the article's."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import case_of


def without_doubted(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if not (e["nominal"] and _doubted(st, e["pred"]))]


def _doubted(st: DocState, pred: int) -> bool:
    """The event noun completes a noun of criticism or doubt through a topic preposition."""
    noun = st.doc[pred]
    head = noun.head
    return (
        head.i != noun.i
        and head.lemma_.lower() in st.lex.group("doubt_nouns")
        and case_of(noun) in st.lex.group("doubt_preps")
    )
