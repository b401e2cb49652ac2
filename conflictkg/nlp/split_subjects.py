"""Coordinated subjects the parser splits: in "Le MNLA et Ansar Dine ont pris Kidal" it may hang both
names on the verb as two subjects, the coordinator "et" on the second, so only the first acts.
``split_subjects`` (run by ``ckg_loose_subjects`` and ``ckg_compound_subjects``, after the parser)
makes a second subject that opens with a coordinator, right after the first subject's phrase, that
subject's conjunct, as the parser reads "Le MNLA et le Mujao". Two subjects with no coordinator between
them are left alone, as is a second subject after a coordinator of several words ("George Bush ainsi
que les services américains ont félicité"), which adds a party in passing."""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})  # French (UD) and English labels
COORDINATOR, CONJUNCT, CASE = "cc", "conj", "case"
NOMINAL = frozenset({"NOUN", "PROPN"})


def split_subjects(doc: Doc) -> None:
    for tok in doc:
        first = _first_subject(tok)
        if first is not None:
            tok.head, tok.dep_ = first, CONJUNCT


def _first_subject(tok: Token) -> Token | None:
    """The verb's other subject whose phrase ends right before ``tok``'s coordinator, else None."""
    if tok.dep_ not in SUBJECTS or tok.head.i == tok.i or tok.left_edge.i == 0:
        return None
    cc = tok.doc[tok.left_edge.i]
    if cc.dep_ != COORDINATOR or cc.head.i != tok.i or cc.n_lefts + cc.n_rights:
        return None  # a coordinator of several words ("ainsi que", "as well as") adds a party aside
    if tok.pos_ not in NOMINAL:
        return None  # "des troupes tchadiennes et nigériennes": an adjective, no party
    first = [
        s for s in tok.head.children if s.dep_ in SUBJECTS and s.i < tok.i and s.right_edge.i == cc.i - 1
    ]
    if not first or any(t.dep_ == CASE for t in first[0].subtree):
        return None  # "une réunion entre le MNLA et le gouvernement": the "et" is inside the phrase
    return first[0]
