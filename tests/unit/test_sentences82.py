"""The sentence before a sentence (nlp/sentences.py), on segmentations given by hand: whitespace is
never a sentence, a paragraph break does not hide the paragraph above, the first sentence has none."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from conflictkg.nlp.sentences import sentence_before, window_start


def _doc(words: list[str], starts: list[int]) -> Doc:
    """A doc of ``words`` (no space after a whitespace token or before punctuation) whose sentences
    start at the indices ``starts``."""
    spaces = [
        not w.isspace() and i + 1 < len(words) and not words[i + 1].isspace() and words[i + 1] not in ".,"
        for i, w in enumerate(words)
    ]
    sent_starts: list[bool | int | None] = [i in starts for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def _sents(doc: Doc) -> list[Span]:
    return list(doc.sents)


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text.strip()


def test_first_sentence_has_none() -> None:
    doc = _doc(["Rebels", "attacked", "Gao", ".", "They", "fled", "."], [0, 4])
    first, second = _sents(doc)
    assert sentence_before(first) is None
    assert _text(sentence_before(second)) == "Rebels attacked Gao."
    assert window_start(first) == 0
    assert window_start(second) == 0


def test_whitespace_token_ending_the_sentence_before() -> None:
    # the parser hangs a line break on the sentence it ends: that sentence is the one before
    doc = _doc(["Rebels", "attacked", "Gao", ".", "\n", "They", "fled", "."], [0, 5])
    _, second = _sents(doc)
    assert _text(sentence_before(second)) == "Rebels attacked Gao."


def test_whitespace_set_apart_as_a_sentence_is_no_sentence() -> None:
    # "\n\n" cut off as a sentence of its own: the sentence before is the one with words, not the
    # break (the old ``doc[sent.start - 1].sent`` of named_before / organisation_anaphors /
    # attacker_tolls / places returned the break here, and so read no antecedent before it)
    doc = _doc(
        ["Ansaru", "is", "active", "in", "Kano", ".", "\n\n", "The", "militants", "attacked", "."], [0, 6, 7]
    )
    first, brk, third = _sents(doc)
    assert brk.text == "\n\n"
    assert doc[third.start - 1].sent.text == "\n\n"  # what the old way read
    assert _text(sentence_before(third)) == "Ansaru is active in Kano."
    assert window_start(third) == 0
    assert sentence_before(brk) is not None and sentence_before(brk).start == first.start  # type: ignore[union-attr]


def test_paragraph_break_does_not_hide_the_paragraph_above() -> None:
    doc = _doc(
        ["Gunmen", "struck", ".", "Two", "died", ".", "\n\n", "The", "army", "replied", "."], [0, 3, 7]
    )
    _, second, third = _sents(doc)
    assert _text(sentence_before(third)) == "Two died."
    assert _text(sentence_before(second)) == "Gunmen struck."


def test_one_token_sentences() -> None:
    doc = _doc(["Kidal", "Rebels", "entered", ".", "Fighting", "."], [0, 1, 4])
    first, second, third = _sents(doc)
    assert len(first) == 1 and len(third) == 2
    assert sentence_before(first) is None
    assert _text(sentence_before(second)) == "Kidal"
    assert _text(sentence_before(third)) == "Rebels entered."


def test_only_whitespace_before_has_none() -> None:
    doc = _doc(["\n\n", "Rebels", "attacked", "Gao", "."], [0, 1])
    _, first = _sents(doc)
    assert sentence_before(first) is None
    assert window_start(first) == first.start
