"""Names written with a slash ("l'AFC/M23", "le SLM/A"): the parser reads the slash as a
conjunction and the two halves as two coordinated actors, where the knowledge base knows the whole
as one. A run name / name, with no space around the slash, that the KB names exactly as written
is one mention (its first token heads it, as the parser hangs the second on it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from conflictkg.nlp.name_spans import exact_alias


def slash_names(sent: Span, covered: dict[int, int], kb: Any, lang: str) -> Iterator[tuple[list[Token], Any]]:
    """(tokens, KB entry) of each slash-joined name of ``sent`` the KB knows whole."""
    doc = sent.doc
    for t in sent:
        if t.i + 2 >= sent.end or t.i in covered or t.whitespace_:
            continue
        slash, second = doc[t.i + 1], doc[t.i + 2]
        if slash.text != "/" or slash.whitespace_ or not (t.text[:1].isupper() and second.text[:1].isupper()):
            continue
        written = f"{t.text}/{second.text}"
        entry = exact_alias(kb.resolve(written, lang), written)
        if entry is not None:
            yield [t, slash, second], entry
