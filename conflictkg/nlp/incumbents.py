"""The incumbent power named by what it is ("le pouvoir en place", "le régime en place"): the
government of the article's country, read as that country's institution (nlp/mentions.py). The
phrases are lexicon data (``incumbent_phrases``: the noun's lemma, then the words after it)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def incumbent(t: Token, lex: Lexicon) -> bool:
    """The noun opens an incumbent phrase ("pouvoir en place": 'pouvoir' then 'en place')."""
    if t.pos_ != "NOUN":
        return False
    for phrase in lex.group("incumbent_phrases"):
        first, *rest = phrase.split()
        after = [x.lower_ for x in t.doc[t.i + 1 : t.i + 1 + len(rest)]]
        if first == t.lemma_.lower() and after == rest:
            return True
    return False
