"""A symmetric act in the infinitive of a coordinated subject's verb: "Brazil and the United States
are seeking to deepen their partnership", "Egypt and Jordan want to restore ties". The infinitive has
no subject of its own; its controller is the governing verb's whole coordinated subject, so each
member does it with the others, as when the act is the finite verb ("Egypt and Jordan restored
ties"). An object-controlled verb ("urged X to ...") or a passive one keeps the inherited actor."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.tree import nonfinite
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, is_passive


def controlled_group(
    st: DocState, tok: Token, p: Predicate, group: Callable[[DocState, Token], list[Actor]]
) -> list[Actor]:
    """The members of the coordinated subject of the verb whose infinitive ``tok`` is, for a
    symmetric predicate, when two or more; else none."""
    head = tok.head
    if not p.symmetric or tok.dep_ != "xcomp" or not nonfinite(tok) or head.pos_ not in ("VERB", "AUX"):
        return []
    if is_passive(head) or first_child(head, OBJ) is not None:
        return []  # "urged X to ...", "X was asked to ...": not the subject's own act
    subj = first_child(head, SUBJ)
    members = group(st, subj) if subj is not None and subj.conjuncts else []
    return members if len({a[0] for a in members}) >= 2 else []
