"""Hedged group nouns: in "des membres présumés de Boko Haram", "des combattants présumés d'Aqmi" the
parser reads the hedge as a participle and hangs the "de" complement on it, so the noun names no
group. ``ckg_hedged_nouns`` (after the lemmatizer) makes the hedge an adjective of its noun and the
complement the noun's again (lexicon ``hedge_lemmas``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_CLAUSE = frozenset({"acl", "amod"})
_COMPLEMENT = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "obl:agent"})


def hedged_nouns(hedges: frozenset[str]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.lemma_.lower() not in hedges or tok.dep_ not in _CLAUSE:
                continue
            noun = tok.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
                continue
            for c in [c for c in tok.children if _complement(c, tok)]:
                c.head, c.dep_ = noun, "nmod"
            tok.dep_ = "amod"
        return doc

    return component


def _complement(c: Token, hedge: Token) -> bool:
    """A prepositional phrase after the hedge ("présumés de Boko Haram")."""
    return c.i > hedge.i and c.dep_ in _COMPLEMENT and any(g.dep_ == "case" for g in c.children)
