"""A regime named by its ruler ("the Asad regime", "the Maduro regime"; ``regime_nouns``) is
the state the ruler governs, not the ruler: the government acts, the person does not stand for it. The
name before the noun must be a person the KB knows with a country; a name it does not know ("the Smith
regime") or one of no person is left to the usual reading."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def ruler_regime(span: list[Token], kb: Any, lex: Lexicon) -> Any:
    """The KB state whose ruler names the regime noun ending ``span``, else None."""
    if len(span) < 2 or span[-1].lemma_.lower() not in lex.group("regime_nouns"):
        return None
    name = [t for t in span[:-1] if t.pos_ == "PROPN"]
    if not name or name != span[len(span) - 1 - len(name) : -1]:
        return None
    ruler = kb.resolve(" ".join(t.text for t in name), lex.lang)
    if ruler is None or ruler.kind != "person" or not ruler.country:
        return None
    return kb.state(ruler.country)
