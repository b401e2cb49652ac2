"""A flight abroad: "l'ancien président aurait fui à l'étranger", "s'est enfui en exil". A retreat
verb that needs a place (``requires_place``) stands with none when its complement says the actor left
the country for anywhere else (``abroad_words``): the person's own flight, placed nowhere, as the gold
codes an ousted leader's escape (RETREAT, no location)."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import prep_args


def fled_abroad(st: DocState, f: Frame) -> bool:
    """Whether the retreat verb of ``f`` has an abroad complement ("à l'étranger", "en exil")."""
    words = st.lex.group("abroad_words")
    if f.nominal or f.pred.type != "RETREAT" or not words:
        return False
    heads = [h for h in (f.tok, f.noun) if h is not None]  # "a pris la fuite à l'étranger": on the noun
    return any(c.lemma_.lower() in words or c.lower_ in words for h in heads for _, c in prep_args(h))
