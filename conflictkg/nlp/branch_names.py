"""A group's regional branch named with the parent's possessive ("the Islamic State's Khorasan branch",
"al-Qaeda's Yemen affiliate"): the parser hangs the parent's name on the branch noun as a possessive,
so the name span of the branch noun ("Khorasan branch") names nothing and the parent's own span
names the parent. The span of a branch noun (``branch_nouns``) that has such a possessive grows over
the parent's name when the whole is, as the KB reads it, another actor than the parent alone (its
regional branch: Islamic State Khorasan Province); "the Islamic State's media wing" names no branch
the KB knows, and the span stays as it is."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.name_spans import tokens_text


def branch_span(span: list[Token], kb: Any, lex: Lexicon) -> list[Token]:
    """``span`` grown over the possessive parent of its branch noun, if the whole names a branch."""
    if not span or span[-1].lemma_.lower() not in lex.group("branch_nouns"):
        return span
    head = span[-1]
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < span[0].i), None)
    if owner is None or not any(t.is_title or t.is_upper for t in span[:-1]):
        return span
    lo = owner.left_edge.i
    if owner.doc[lo].dep_ == "det":  # "the Islamic State's": the article is no part of the name
        lo += 1
    parent = [t for t in owner.doc[lo : owner.i + 1]]
    whole = [*parent, *owner.doc[owner.i + 1 : span[0].i], *span]
    parent_entry, entry = kb.resolve(tokens_text(parent), lex.lang), kb.resolve(tokens_text(whole), lex.lang)
    if parent_entry is None or entry is None or entry.id == parent_entry.id or entry.kind == "state":
        return span
    return whole
