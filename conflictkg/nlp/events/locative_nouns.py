"""The nouns of a sentence's locative phrases ("in X", "près de X", "north of X"), found once per
sentence: ``places.sentence_place`` looks among them for every frame of the sentence, and the parse
does not change while the events are read. Kept as token indices (each call gets fresh tokens)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.compass_names import past_compass
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of, prep_args


def locative_nouns(st: DocState, sent: Span) -> list[Token]:
    """The nouns of the locative phrases of ``sent`` in the order they were first found: each
    preposition's object, then each noun with a locative case, then each noun past a compass word."""
    found = st.locatives.get(sent.start)
    if found is None:
        places = st.lex.group("place_preps") | st.lex.group("near_words")
        nouns = {c.i: c for node in sent for prep, c in prep_args(node) if prep in places and c.sent == sent}
        nouns.update({t.i: t for t in sent if case_of(t) in places})
        nouns.update({t.i: t for t in sent if past_compass(st, t)})  # "près de Mopti", "north of Aleppo city"
        found = st.locatives[sent.start] = tuple(nouns)
    return [st.doc[i] for i in found]
