"""Topic labels of headlines: "Syrie : l'armée bombarde Homs", "Mali : les islamistes attaquent
Konna". The parser reads the name before the colon as the clause's subject or as its root, with the
clause hung below it ("l'armée" a modifier of "Syrie", "bombarde" an adjective), so the country
becomes a party (the target or the actor) and the real event is lost.

The ``ckg_topic_labels`` component (before the parser) starts a sentence after the colon of a name
(one to three proper nouns, or capitalised words the tagger read with one of the lexicon's
``label_noun_tags``: French "Guinée", tagged as the coin "guinée") that opens a sentence: the label
stands alone, naming where, and the clause after it is parsed as the sentence it is. A colon before
a quotation ("Hollande : « ... »") attributes words, and is left alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.wire_datelines import dateline_starts

COLONS = frozenset({":"})
QUOTES = frozenset({"«", '"', "“", "'", "‘", "‹"})
MAX_LABEL = 3


def topic_labels(noun_tags: frozenset[str] = frozenset(), lang: str | None = None) -> Callable[[Doc], Doc]:
    datelines = dateline_starts(_story_nouns(lang))

    def component(doc: Doc) -> Doc:
        start = 0
        for tok in doc:
            if tok.is_space:
                continue
            if tok.i == 0 or tok.is_sent_start:
                start = tok.i
            if tok.text not in COLONS or not 0 < tok.i - start <= MAX_LABEL or tok.i + 1 >= len(doc):
                continue
            label, after = doc[start : tok.i], doc[tok.i + 1]
            named = all(_name_word(t, noun_tags) for t in label)
            if named and after.text not in QUOTES and not after.is_space:
                after.is_sent_start = True
        return datelines(doc)

    return component


def _story_nouns(lang: str | None) -> frozenset[str]:
    """The lexicon's group nouns and event nouns (one word each): what a wire story may open with."""
    if lang is None:
        return frozenset()
    lex = load_lexicon(lang)
    return frozenset(w for w in (*lex.generic, *lex.nouns) if " " not in w)


def _name_word(tok: Token, noun_tags: frozenset[str]) -> bool:
    """A proper noun, or a capitalised word tagged with one of ``noun_tags`` (lower-case: "Guinée :
    ...", tagged as the coin "guinée")."""
    return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_.lower() in noun_tags)
