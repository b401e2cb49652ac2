"""The tail of a group's name that the parser cut off: "des combattants d'Al-Qaïda au Maghreb
islamique", "les jihadistes de l'État islamique au Sahel". The parser hangs "au Maghreb", "au Sahel"
on the member noun as a place complement, so the name span ends before it and names the parent
group ("Al-Qaïda", "l'État islamique") instead of its regional branch.

A name span followed by a preposition of ``name_to_preps`` ("à", "au", "aux") and up to four words
that may belong to a name (capitalised words, adjectives, articles) grows over them when the name
from its first capitalised word to the end of that tail is, as written, a name of the knowledge base
of an actor other than the one the span names alone. "Les rebelles au Mali", "l'armée au Sahel"
name no branch: the span stays as it is.

After a preposition of ``name_tail_preps`` ("en", "pour": "l'État islamique en Afrique de l'Ouest", "la
Coalition des patriotes pour le changement"), the tail may also hold lower-case nouns and the
prepositions of ``of_preps``, and need not hold a capitalised word: the whole must still be, as
written, a name of the knowledge base (round frstyle85).

The same for capitalised words right after the span that the parser hung elsewhere ("Fighters of the
Islamic State Sahel Province", with "Sahel Province" read as an apposition of "Fighters"): the span
grows over them when a name from one of its capitalised words to the end of them is, as written, a
name of another actor (round case85)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.branch_names import branch_span
from conflictkg.nlp.name_spans import exact_alias, tokens_text

_MAX_TAIL = 4
_TAIL_POS = frozenset({"PROPN", "ADJ", "DET", "NOUN"})


def tail_entry(span: list[Token], grown: list[Token], kb: Any, lex: Lexicon) -> Any:
    """The KB entry of the name a tail grew ``span`` into (``grown``), from its first capitalised word
    to its end, as written ("l'État islamique en Afrique de l'Ouest": ISWAP, where the whole phrase with
    its member noun, "les jihadistes de ...", would read as the Islamic State); None if none grew."""
    first = next((t for t in span if t.is_title or t.is_upper), None)
    if len(grown) == len(span) or first is None:
        return None
    name = tokens_text([first, grown[-1]])
    return exact_alias(kb.resolve(name, lex.lang), name)


def name_tail(span: list[Token], kb: Any, lex: Lexicon) -> list[Token]:
    """``span`` with the tail of its name the parser cut off, if the whole is a known name."""
    if not span:
        return span
    if (grown := branch_span(span, kb, lex)) is not span:  # "the Islamic State's Khorasan branch"
        return grown
    doc = span[0].doc
    after = span[-1].i + 1
    if (grown := _adjacent_tail(span, kb, lex)) is not span:
        return grown
    if after + 1 >= len(doc):
        return span
    inner = doc[after].lower_ in lex.group("name_tail_preps")  # "en Afrique de l'Ouest", "pour le changement"
    if not inner and doc[after].lower_ not in lex.group("name_to_preps"):
        return span
    first = next((t for t in span if t.is_title or t.is_upper), None)
    if first is None:
        return span
    tail: list[Token] = []
    for t in doc[after + 1 : after + 1 + _MAX_TAIL + 2 * inner]:
        of = inner and t.pos_ == "ADP" and t.lower_ in lex.group("of_preps")
        if not of and (t.pos_ not in _TAIL_POS or (t.pos_ == "NOUN" and t.is_lower and not inner)):
            break
        tail.append(t)
    short = kb.resolve(tokens_text(span), lex.lang)
    for n in range(len(tail), 0, -1):
        if not inner and not any(t.is_title or t.is_upper for t in tail[:n]):
            continue
        for start in dict.fromkeys((first, span[0])):  # "al-Qaeda in Iraq": from its lower-case article too
            name = tokens_text([start, tail[n - 1]])
            entry = exact_alias(kb.resolve(name, lex.lang), name)
            if entry is not None and (short is None or entry.id != short.id):
                return [*span, doc[after], *tail[:n]]
    return span


def _adjacent_tail(span: list[Token], kb: Any, lex: Lexicon) -> list[Token]:
    """``span`` with the capitalised proper nouns right after it, if a name ending with them, from a
    capitalised word of the span, is as written an actor's name other than the span's own."""
    doc = span[0].doc
    tail: list[Token] = []
    for t in doc[span[-1].i + 1 : span[-1].i + 1 + _MAX_TAIL]:
        if t.pos_ != "PROPN" or not (t.is_title or t.is_upper) or not doc[t.i - 1].whitespace_:
            break
        tail.append(t)
    if not tail:
        return span
    short = kb.resolve(tokens_text(span), lex.lang)
    starts = [t for t in span if t.is_title or t.is_upper]
    for n in range(len(tail), 0, -1):
        for first in starts:
            name = tokens_text([first, tail[n - 1]])
            entry = exact_alias(kb.resolve(name, lex.lang), name)
            if entry is not None and (short is None or entry.id != short.id):
                return [*span, *tail[:n]]
    return span
