"""Whom an accusation noun accuses when its clause tells what of ("accusations by Congo that it backed
the M23 rebels", "allegations by South Sudan that Uganda armed the rebels"): the subject of the
noun's content clause, as the object of "accuse X of backing" is. The claim is the accuser's ACCUSE
(its "by" agent), whether or not the party accused denies it (nlp/denied_claims.py denies only the
act inside the clause)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, first_child

_CLAUSE_DEPS = frozenset({"acl", "ccomp"})


def claimed_of(st: DocState, f: Frame) -> list[Token]:
    """The subject of the content clause of ``f``'s accusation noun, or none."""
    if not f.nominal or f.pred.type != "ACCUSE":
        return []
    clauses = [c for c in f.tok.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    subjects = (first_child(c, SUBJ) for c in clauses)
    return [s for s in subjects if s is not None]
