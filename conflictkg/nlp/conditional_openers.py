"""Conditional clauses the parser hangs with no conditional mark of their own: an opener of several
words before the clause ("in case rebels attack X", "à moins que les rebelles attaquent X",
lexicon group conditional_openers) or an English conditional inversion, its auxiliary before its
subject ("should rebels attack X", inverted_conditionals). Such a clause tells a condition, not an
event: the act in it is hypothetical, as in an "if" / "si" clause (nlp/modality.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import SUBJ

CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
OPENER_REACH = 3  # words an opener may start before the clause's first word ("border in case rebels")


def conditional_opening(tok: Token, lex: Lexicon) -> bool:
    if tok.dep_ not in CLAUSE_DEPS or tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
    inverted = lex.group("inverted_conditionals")
    if subj is not None and any(
        c.dep_ == "aux" and c.lower_ in inverted and c.i < subj.i for c in tok.children
    ):
        return True
    lo = max(tok.sent.start, tok.left_edge.i - OPENER_REACH)
    window = tok.doc[lo : tok.i]
    if any(t.pos_ in ("VERB", "AUX") and t.head.i != tok.i for t in window if t.i >= tok.left_edge.i):
        return False
    words = f" {' '.join(t.lower_ for t in window)} "
    return any(f" {opener} " in words for opener in lex.group("conditional_openers"))
