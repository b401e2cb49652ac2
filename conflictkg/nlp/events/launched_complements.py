"""Complements of an attack noun hung on the participle after it (round frstyle82): in "l'offensive
lancée par l'armée contre les rebelles à Qousseir" the parser hangs "contre les rebelles" on
"lancée", not on "offensive" (or on its agent: "par les soldats français contre les jihadistes"). A
participle right after the noun that launches or leads it takes no opponent of its own, so a
complement with one of the noun's target prepositions is the noun's (not "de": "lancée depuis X").
Who convened a meeting is its partner too ("a meeting, convened by the Austrian government":
nlp/events/convened_meetings.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.convened_meetings import conveners
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def participle_complements(st: DocState, noun: Token, preps: tuple[str, ...]) -> list[Token]:
    return conveners(st, noun) + _launched(noun, preps, st.lex.group("of_preps"))


def _launched(noun: Token, preps: tuple[str, ...], of_preps: frozenset[str]) -> list[Token]:
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return []
    part = doc[noun.i + 1]
    if part.head.i != noun.i or part.dep_ != "acl" or "Part" not in part.morph.get("VerbForm", []):
        return []
    heads = [part, *(c for c in part.children if c.dep_ == "obl:agent")]  # or on its agent
    return [c for h in heads for prep, c in prep_args(h) if prep in preps and prep not in of_preps]
