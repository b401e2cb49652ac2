"""Forces named after the state that leads them: "Vietnamese-led forces", "US-led troops". A
participle of ``leading_suffixes`` joined by a hyphen to a state's demonym or name, as the modifier
of a group noun, names whose forces they are, as a demonym does ("Vietnamese forces"): that state's
military (name_spans.group_of), of that state's country (mentions._own_country). A participle of
backing ("Iran-backed militias") names a camp instead (nlp/pro_camps.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import case_word

_NOUN_MODIFIERS = ("compound", "nmod")


def leading_state(
    c: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]
) -> Token | None:
    """The state's demonym or name before the hyphen of leading participle ``c`` ("Vietnamese" in
    "Vietnamese - led"), when a state mention covers it."""
    doc, i = c.doc, c.i
    if c.lower_ not in lex.group("leading_suffixes") or i < 2 or doc[i - 1].text != "-":
        return None
    if any(x.dep_ in _NOUN_MODIFIERS and x.pos_ in ("NOUN", "PROPN") for x in c.head.children):
        return None  # "US-led coalition troops": the coalition's, a body the KB may name
    name = doc[i - 2]
    m = mentions[covered[name.i]] if name.i in covered else None
    return name if name.head.i == i and m is not None and m["kind"] == "state" else None


def own_modifiers(
    t: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]
) -> Iterator[Token]:
    """The children of group noun ``t``, and the state a leading participle among them names."""
    for c in t.children:
        yield c
        named = leading_state(c, lex, covered, mentions)
        if named is not None:
            yield named


def names_owner(c: Token, of: frozenset[str]) -> bool:
    """A dependent of a group noun that names whose the group is: a demonym, a name or a possessive
    before it ("Malian soldiers", "US troops"), the state before a leading participle, or an 'of'
    complement ("police of Kenya")."""
    return (
        c.dep_ in ("amod", "compound", "poss", "npadvmod")
        or case_word(c) in of
        or (c.dep_ == "nmod" and case_word(c) is None)
    )
