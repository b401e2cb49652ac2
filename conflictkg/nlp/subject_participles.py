"""A past form with a subject of its own the parser hangs as an adjective on the noun after it: in "a
mob vandalized shops in X" the small English model makes "shops" the root, "vandalized" its
adjectival modifier and "mob" that modifier's subject. An adjective takes no subject: a past form so
read, before the root noun it qualifies, is the clause's verb and that noun its object.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler and lemmatizer)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.finite_participles import PAST_TAGS, promote
from conflictkg.nlp.syntax import PENN_NOUNS

NOUN_TAGS = PENN_NOUNS


def subject_participles(doc: Doc) -> Doc:
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in NOUN_TAGS]:
        verb = next((c for c in root.children if _misread(c)), None)
        if verb is not None:
            trailing = [c for c in root.children if c.dep_ == "punct" and c.i > root.i]
            promote(verb, trailing)
            root.head, root.dep_ = verb, "dobj"
    return doc


def _misread(t: Token) -> bool:
    if t.dep_ != "amod" or t.tag_ not in PAST_TAGS or t.i > t.head.i:
        return False
    return any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
