"""A place told in what came before the event: "gunmen killed three soldiers in the Tahoua region, a
day after another attack near Tillaberi". The act in the "after" phrase (``prior_event_preps``, on the
predicate or on a noun of time) is another event with a place of its own; its place is no frame of
the main clause's, never the place a region named there is narrowed to (round enloc88)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of


def in_prior_act(st: DocState, tok: Token) -> bool:
    """Whether ``tok`` lies in the phrase of an event noun opened by a preposition of
    ``prior_event_preps`` ("after another attack near X")."""
    preps = st.lex.group("prior_event_preps")
    for node in tok.ancestors:
        if node.pos_ != "NOUN" or case_of(node) not in preps:
            continue
        frame = st.frames.get(node.i)
        if frame is not None and frame.nominal and not frame.pred.silent:
            return True
    return False
