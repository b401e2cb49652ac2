"""A place name the recognizer swallowed into a time: in "fired shells at Kyiv overnight" the small
English model reads "Kyiv overnight" as one TIME, so Kyiv is no place and the attack has none. A DATE or
TIME entity right after a preposition, made of capitalised names (no weekday) and then only words of
``date_words`` ("overnight", "today"), is the place name (GPE) and the time after it. Run from
``ckg_dated_names``."""

from __future__ import annotations

from spacy.tokens import Span, Token

TIME_LABELS = ("DATE", "TIME")


def timed_place(ent: Span, date_words: frozenset[str], weekdays: frozenset[str]) -> list[Span] | None:
    """The place and the time ``ent`` holds, or None when it is a time alone."""
    doc = ent.doc
    if ent.label_ not in TIME_LABELS or ent.start == 0 or doc[ent.start - 1].pos_ != "ADP":
        return None
    cut = ent.start
    while cut < ent.end and _name_word(doc[cut], date_words, weekdays):
        cut += 1
    if cut == ent.start or cut == ent.end or any(t.lower_ not in date_words for t in doc[cut : ent.end]):
        return None
    return [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label=ent.label_)]


def _name_word(tok: Token, date_words: frozenset[str], weekdays: frozenset[str]) -> bool:
    return (
        tok.pos_ == "PROPN" and tok.is_title and not tok.like_num
        and tok.lower_ not in weekdays and tok.lower_ not in date_words
    )  # fmt: skip
