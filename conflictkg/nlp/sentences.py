"""The sentence before a sentence, the one way the rules find it ("Ansaru is active in Kano. The
militants attacked ...": what "the militants" may stand for is named there).

It is the sentence of the last token before ``sent`` that is no whitespace: a line break or a run of
spaces is no sentence, even where the parser set one apart as a sentence of its own ("\\n\\n" opening
an article, or cut off between two paragraphs), so the sentence before a paragraph is the last one of
the paragraph above. Whether a paragraph break parts the two is each rule's own question
(``carried_places`` asks it); the first sentence of a doc, or one with only whitespace before it, has
none."""

from __future__ import annotations

from spacy.tokens import Span


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` (whitespace skipped), else None."""
    doc, i = sent.doc, sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent if i >= 0 else None


def window_start(sent: Span) -> int:
    """The first token of the sentence before ``sent``, or of ``sent`` when it has none: the start of
    the stretch an anaphor in ``sent`` reads its antecedent in."""
    return (sentence_before(sent) or sent).start
