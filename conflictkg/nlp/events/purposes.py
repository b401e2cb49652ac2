"""A gathering's purpose told on its own: "Des milliers de personnes se sont rassemblées place
Tahrir. Une mobilisation pour exiger que l'armée quitte le pouvoir." The verbless sentence that
follows a protest and says what it demands names the protest's target."""

from __future__ import annotations

from spacy.tokens import Span

from conflictkg.nlp.events.state import _PURPOSE_TYPES, DocState
from conflictkg.nlp.events.targets import _target


def credit_told_protest(st: DocState, sent: Span) -> None:
    """Give the protest told in the previous sentence, with no target yet, the target of the demand
    a verbless sentence about that gathering holds (one protest only: never a guess between two)."""
    root = sent.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in st.lex.group("gathering_nouns"):
        return
    told = [e for e in st.done if e["sent_start"] == st.prev and e["type"] == "PROTEST"]
    if len(told) != 1 or told[0]["target"] is not None:
        return
    demands = [f for f in st.frames.values() if f.pred.type in _PURPOSE_TYPES and f.tok.head.i == root.i]
    for f in demands:
        got = _target(st, f, str(told[0]["actor"]))
        if got is not None:
            told[0]["target"] = got[0]
            return
