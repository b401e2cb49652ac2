"""The receiver of a gift promised or threatened: "a promis d'accorder un prêt au Mali", "s'est
engagé à livrer des armes au Niger". A giving verb's (AID) "à X" complement names who receives,
even when X is a country, which elsewhere an "à"/"au" phrase names as a place; the parser may hang
it on the goods ("un prêt au Mali"). nlp/events/targets.py reads it as the target of the promise."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of


def gift_receiver(st: DocState, act: Token, t: Token) -> bool:
    """``t``, inside the embedded act ``act``, is its receiver: ``act`` gives (AID) and ``t`` is in a
    target role of it, hung on the act or on the common nouns of its object (no other verb between)."""
    f = st.frames.get(act.i)
    if f is None or f.pred.type != "AID" or case_of(t) not in f.pred.target:
        return False
    g = t.head
    while g.i != act.i:
        if g.pos_ != "NOUN" or g.head.i == g.i:
            return False
        g = g.head
    return True
