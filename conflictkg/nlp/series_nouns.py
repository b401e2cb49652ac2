"""Events told as a series: in "une série d'attentats a fait 50 morts", "a mené une vague de raids"
(and "a wave of arrests", "dozens of arrests" in English) the parser makes the series noun the head
and the event noun its complement, so the event noun is no subject or object of the verb.
``ckg_series_nouns`` (after the lemmatizer) puts the event noun (a noun of the lexicon, or an attack
subject) in the series noun's place, the series noun hung on it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_SERIES_DEP = "nmod"


def series_nouns(series: frozenset[str], events: frozenset[str]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in series and tok.head.i != tok.i:
                told = _told_event(tok, events)
                if told is not None:
                    told.head, told.dep_ = tok.head, tok.dep_
                    tok.head, tok.dep_ = told, _SERIES_DEP
        return doc

    return component


def _told_event(series: Token, events: frozenset[str]) -> Token | None:
    """The bare event noun right after the series noun's "de" ("une série d'attentats")."""
    doc = series.doc
    if series.i + 2 >= len(doc):
        return None
    of, noun = doc[series.i + 1], doc[series.i + 2]
    bare = not any(c.dep_ == "det" for c in noun.children)  # "la série de l'attentat" is no series
    linked = noun.head.i == series.i and of.head.i == noun.i and of.dep_ == "case"
    # English parses "a wave of arrests" as the series noun's "of" phrase (prep, pobj)
    linked = linked or (
        of.head.i == series.i and noun.head.i == of.i and (of.dep_, noun.dep_) == ("prep", "pobj")
    )
    return noun if linked and bare and noun.lemma_.lower() in events else None
