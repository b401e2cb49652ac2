"""A fight noun that is the subject of a two-sided verb naming no sides ("des combats ont éclaté
dans l'est d'Alep", not "... entre l'armée et les rebelles"): the verb tells no event of its own, so
the noun stands as a sideless fight, the unnamed armed group's, as English "fighting broke out in X"
(a toll verb there) does; one that only goes on ("les combats se poursuivent à Alep") sums up a war
and is no event (sideless_fights.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.subjects import paired_sides
from conflictkg.nlp.syntax import SUBJ


def unpaired_subject(st: DocState, tok: Token) -> bool:
    """Whether ``tok`` is the subject of a two-sided verb frame that names no side at all (one
    side alone, "ont éclaté entre les rebelles", may be a fight within one class: no event)."""
    head = st.frames.get(tok.head.i)
    if tok.dep_ not in SUBJ or head is None or head.nominal or not head.pred.pair:
        return False
    return not paired_sides(st, tok.head, head.pred)
