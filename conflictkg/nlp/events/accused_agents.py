"""The author of an agentless act the text accused someone of doing before: "X accuse les services
syriens de torturer les détenus. Des détenus ont été torturés à Damas": the services tortured."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState


def accused_of(st: DocState, tok: Token) -> Actor | None:
    """ "X accuse les services syriens de torturer les détenus. Des détenus ont été torturés à
    Damas": an agentless act the text accused someone of doing is theirs."""
    lemma = tok.lemma_.lower()
    for e in reversed(st.done):
        if e["type"] != "ACCUSE" or e["target"] is None:
            continue
        told = st.doc.char_span(e["sent_start"], e["sent_end"], alignment_mode="expand")
        if told is not None and any(t.lemma_.lower() == lemma and t.i != tok.i for t in told):
            return (str(e["target"]), 0.6, None)
    return None
