"""Acronyms the tagger reads as function words: "IS fighters fired ..." has "IS" read as the verb
"is" (the model sees its lower-case norm), so the parser makes the sentence a passive with no agent.

The ``ckg_acronyms`` component (after the tagger, before the parser) gives such a word, written in
capitals amid ordinary text and tagged as one of ``acronym_misread_tags``, its own text as norm and
runs the token-to-vector layer and the tagger again: the model then reads a proper noun. Only the
norm changes, so the text, its offsets and the lemmas keep. It also re-tags a plural noun read as a
name for the capital that opens its sentence (nlp/opening_plurals.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.opening_plurals import plural_nouns, retag_opening_plurals


def misread_acronyms(doc: Doc, tags: frozenset[str]) -> list[Token]:
    """Capitalised words of two letters or more tagged as function words, in a text not in capitals."""
    if sum(t.is_upper for t in doc if t.is_alpha) * 2 > sum(t.is_alpha for t in doc):
        return []  # a headline in capitals: every word looks like an acronym
    return [t for t in doc if t.is_upper and t.is_alpha and len(t) >= 2 and t.tag_ in tags]


def acronyms(nlp: Any, lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_acronyms`` component for a pipeline and its lexicon."""
    tags = frozenset(t.upper() for t in lex.group("acronym_misread_tags"))
    tok2vec, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")
    nouns = plural_nouns(lex)

    def retag(doc: Doc) -> Doc:
        misread = misread_acronyms(doc, tags)
        if not misread:
            retag_opening_plurals(doc, nouns)
            return doc
        for tok in misread:
            tok.norm_ = tok.text
        for tok in doc:
            tok.tag_ = ""  # the tagger keeps the tags a doc has
        doc = tagger(tok2vec(doc))
        retag_opening_plurals(doc, nouns)
        return doc

    return retag
