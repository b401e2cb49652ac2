"""Clauses told apart from the statement that carries them: a modal or negated verb does not reach
them. "X devrait se recueillir sur la tombe de Y, assassiné le 14 février": the murder is not
hypothetical; "la police n'a pas retrouvé les otages enlevés par les rebelles": the abduction is not
denied; "pourraient être envoyés à Tombouctou, où des islamistes ont détruit des mausolées": the
destruction took place. Such a clause is a past participle on a noun with its own agent, its own
date or set off by a comma (one the parser hangs on the verb: after a comma and dated), or a
relative clause opened by its relative word after a comma (the parser often hangs "où ..." as an
adverbial clause, not a relative one)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon, shared_words
from conflictkg.nlp.dates import MONTHS, WEEKDAYS
from conflictkg.nlp.syntax import governors
from conflictkg.textkeys import norm

AMBIGUOUS_MONTHS = shared_words("ambiguous_month_words")  # "may" the verb


def statement_governors(tok: Token, lex: Lexicon) -> Iterator[Token]:
    """``governors`` of ``tok``, stopped at the first clause on the way up told apart from its head."""
    below = tok
    for g in governors(tok):
        if told_apart(below, lex):
            return
        yield g
        below = g


def told_apart(t: Token, lex: Lexicon) -> bool:
    return _own_participle(t, lex) or _comma_relative(t)


def _after_comma(t: Token) -> bool:
    first = t.left_edge
    return first.i > 0 and t.doc[first.i - 1].text == ","


def _own_participle(t: Token, lex: Lexicon) -> bool:
    """A past participle without auxiliary modifying a noun ("les otages enlevés par X") that carries
    its own agent, its own date, or stands after a comma; or after a comma with its own date, which
    the parser hangs on the verb ("devrait libérer les otages, enlevés en mars par X")."""
    if "Part" not in t.morph.get("VerbForm", []) or "Past" not in t.morph.get("Tense", []):
        return False
    if any(c.dep_.startswith("aux") for c in t.children):
        return False
    dated = any(
        _date_word(x, lex) for c in t.children if c.dep_.startswith(("obl", "nmod")) for x in (c, *c.children)
    )
    if t.dep_ == "advcl":
        return dated and _after_comma(t)
    if t.dep_ != "acl" or t.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return dated or _after_comma(t) or any(c.dep_ == "obl:agent" for c in t.children)


def _date_word(t: Token, lex: Lexicon) -> bool:
    low = t.lower_
    month = low not in AMBIGUOUS_MONTHS and norm(low) in MONTHS and t.pos_ not in ("VERB", "NUM")
    return low in WEEKDAYS or month or low in lex.group("date_words")


def _comma_relative(t: Token) -> bool:
    """A finite clause whose first word is its relative pronoun, after a comma (", où X a ...")."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("ROOT", "xcomp"):
        return False
    first = t.left_edge
    opened = any(c.i == first.i and "Rel" in c.morph.get("PronType", []) for c in t.children)
    return opened and _after_comma(t)
