"""A second act told after the first with a sequence adverb: "gunmen killed five villagers, then
looted the market". The parser hangs the second verb, with no subject of its own, as an unlabelled
dependent (``dep``) or a parataxis of the first; it is the first verb's conjunct and shares its
subject, as "and looted the market" does.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
LOOSE_DEPS = frozenset({"dep", "parataxis"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def sequel_verbs(doc: Doc, adverbs: frozenset[str]) -> Doc:
    """Each finite verb hung loosely on a verb with a subject, with none of its own and a sequence
    adverb (``sequence_adverbs``: "then") before it, made that verb's conjunct."""
    for tok in doc:
        if _sequel(tok, adverbs):
            tok.dep_ = "conj"
    return doc


def _sequel(tok: Token, adverbs: frozenset[str]) -> bool:
    head = tok.head
    return (
        tok.dep_ in LOOSE_DEPS
        and tok.tag_ in FINITE_TAGS
        and head.i < tok.i
        and head.tag_.startswith("VB")
        and any(c.dep_ in SUBJECT_DEPS for c in head.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        and any(c.dep_ == "advmod" and c.i < tok.i and c.lower_ in adverbs for c in tok.children)
    )
