"""Sentences that end inside a quote: a closing quotation mark right after a sentence's final stop
ends that sentence, and a capitalised word after it starts the next one (``... les journalistes]."
La journaliste X, de Prima TV, a été enlevée``; ``« ... les journalistes. » La journaliste X``).
The parser reads the two as one sentence, and the second's verb then takes the first's words for
its own. Run by ``ckg_paragraphs`` (before the parser), in every language."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_STOPS = frozenset(".!?…")  # the final stops of a sentence, as the pipeline's
_CLOSING = frozenset("»”")  # marks that only close a quote; a straight one closes when it is glued


def _closes(tok: Token) -> bool:
    """A quotation mark closing a quote right after its final stop."""
    if not tok.is_quote or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    glued = not before.whitespace_ or tok.text in _CLOSING
    return glued and bool(before.text) and before.text[-1] in _STOPS


def quoted_ends(doc: Doc) -> Doc:
    """Sentence starts after a quote closed on a final stop; the mark stays with its sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if _closes(tok):
            tok.is_sent_start = False
        elif _closes(prev) and tok.is_alpha and tok.is_title:
            tok.is_sent_start = True
    return doc
