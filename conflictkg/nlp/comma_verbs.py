"""Headline verbs joined by a comma: "Protesters torch vehicles, clash with police" tells two acts of
one subject, but the parser hangs the first verb, subject and all, as an adverbial clause on the second,
which is left with no subject. The first verb becomes the root and the second its conjunct, sharing
its subject as coordinated verbs do ("seize town, kill five soldiers")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

PRESENT_TAGS = frozenset({"VBP", "VBZ"})  # the headline present ("torch", "clashes")
SECOND_VERB_TAGS = frozenset({"VBP", "VBZ", "VB"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _misread_first_verb(tok: Token) -> bool:
    """A present verb with its own subject and no conjunction, hung as an adverbial clause on a
    subjectless root verb after it that follows a comma."""
    head, doc = tok.head, tok.doc
    return (
        tok.dep_ == "advcl"
        and tok.tag_ in PRESENT_TAGS
        and head.dep_ == "ROOT"
        and head.tag_ in SECOND_VERB_TAGS
        and head.i > tok.i + 1
        and doc[head.i - 1].text == ","
        and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in head.children)
        and not any(c.dep_ == "mark" for c in tok.children)
    )


def comma_conjuncts(doc: Doc) -> None:
    """Re-hang each misread first verb as the root, the verb after the comma as its conjunct."""
    for tok in doc:
        if not _misread_first_verb(tok):
            continue
        second, comma = tok.head, doc[tok.head.i - 1]
        tok.head, tok.dep_ = tok, "ROOT"
        second.head, second.dep_ = tok, "conj"
        comma.head = tok
