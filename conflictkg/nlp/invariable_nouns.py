"""Nouns spelt alike in the singular and the plural ("obus", "blocus"): the French lemmatizer cuts
their final -s as if it were a plural mark ("obu"), so the lexicon's entries never match. The same
component gives people named by a participle their noun reading (nlp/participle_nouns.py).

The ``ckg_invariable_lemmas`` component (after the lemmatizer) gives a noun written as a lexicon
noun with one of the lexicon's ``invariable_noun_endings`` its written form as lemma.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.participle_nouns import nominalise_participles, participle_noun_words


def invariable_nouns(lex: Lexicon) -> frozenset[str]:
    """The lexicon's nouns (alone or as a verb's object) ending as an invariable noun does."""
    endings = tuple(lex.group("invariable_noun_endings"))
    nouns = {*lex.nouns, *(noun for _, noun in lex.verb_object)}
    return frozenset(n for n in nouns if n.endswith(endings)) if endings else frozenset()


def invariable_lemmas(lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_invariable_lemmas`` component for a lexicon."""
    nouns = invariable_nouns(lex)
    participles = participle_noun_words(lex)

    def keep_written_form(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ == "NOUN" and tok.lower_ in nouns and tok.lemma_.lower() != tok.lower_:
                tok.lemma_ = tok.lower_
        nominalise_participles(doc, participles)  # "un camp de déplacés": people, not "déplacer"
        return doc

    return keep_written_form
