"""What a state's demonym tells of the country an article is about: nothing on people away from
home ("Somali refugees"), and only who fights on the forces of a class sent abroad ("Turkish soldier
killed by shelling from Syria's X": the fighting is in Syria as often as at home). Such a force's
country counts only when the text names no place at all."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.generic import classes
from conflictkg.nlp.name_spans import group_of


def _qualified(demonym: Token) -> Token | None:
    """The noun a demonym qualifies ("Somali and Eritrean refugees": refugees), or None."""
    while demonym.dep_ == "conj" and demonym.head.i != demonym.i:
        demonym = demonym.head
    return demonym.head if demonym.dep_ in ("amod", "compound", "nmod") else None


def of_origin(demonym: Token, lex: Lexicon) -> bool:
    """A demonym qualifying a noun of people away from home ("Somali and Eritrean refugees")."""
    noun = _qualified(demonym)
    return noun is not None and noun.lemma_.lower() in lex.group("origin_nouns")


def of_a_force_abroad(
    demonym: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]
) -> bool:
    """A demonym qualifying a group noun of a class flagged ``sent_abroad`` ("Russian troops")."""
    noun = _qualified(demonym)
    group = group_of(noun, lex, covered, mentions) if noun is not None and noun.pos_ == "NOUN" else None
    return group is not None and bool(classes()[group].get("sent_abroad"))


def across_border(name: Token, lex: Lexicon) -> bool:
    """A state named as the other side of a border ("near the border with Mali", "la frontière avec le
    Mali", ``border_partner_preps``): where the border is not; the article is about the state whose
    border it is (round case83)."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in lex.group("border_partner_preps"):
        return False
    return prep.head.lemma_.lower() in lex.group("border_nouns")


def elsewhere(name: Token, lex: Lexicon) -> bool:
    """A state's name or demonym that tells nothing of where things happen: people from it away from
    home (``of_origin``), or the other side of a border (``across_border``)."""
    return of_origin(name, lex) or across_border(name, lex)
