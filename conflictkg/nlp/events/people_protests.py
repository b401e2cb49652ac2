"""A people named by its plural name who protest: "About 100 Kurds demonstrated in Ankara", "ethnic
Albanians marched in Belgrade". A plural proper noun the recognizer reads as a nationality or a
people (NORP) that no mention resolves names no actor of its own; gathered to protest, they are
the protesters of where they protest, as "hundreds of Kurds" already are (the crowd noun's)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState

_PLURAL_NAMES = frozenset({"NNPS", "NNS"})


def people_heads(st: DocState, subj: Token) -> bool:
    """Every head of the subject (it and its conjuncts) is a people's plural name no actor stands for."""
    heads = [subj, *subj.conjuncts]
    return all(h.ent_type_ == "NORP" and h.tag_ in _PLURAL_NAMES and np_actor(st, h) is None for h in heads)
