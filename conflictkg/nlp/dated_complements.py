"""Prepositional complements around a date word that the parser hangs on the wrong word. In "ont été
chassés de Bambari mercredi par l'armée" it hangs the date word on the agent after it ("mercredi" an
``nmod`` of "armée"), and in "ont été chassés mercredi de Bambari par l'armée" the place after it on
the date word ("Bambari" an ``nmod`` of "mercredi"): either way the verb loses its complement. A date
word hung on the noun right after it that its own preposition opens is the verb's time; a name or a
noun that its own preposition opens right after a date word that is the verb's time, hung on the date
word, is the verb's complement (never a date word itself: "de dimanche à lundi"; nor the complement
of a date noun its determiner opens: "la veille des élections"). Called by
``ckg_dated_objects`` (round frstyle85)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_TIME = "obl:mod"
_NOMINAL = frozenset({"NOUN", "PROPN"})


def date_complements(doc: Doc, date_words: frozenset[str]) -> None:
    """Re-hang, in place, the date words and the complements the parser misplaced around them."""
    for date in doc:
        if date.lower_ not in date_words or date.i + 2 >= len(doc) or _has_case(date) or _determined(date):
            continue  # "la veille des élections": a date noun with its own complement
        case = doc[date.i + 1]
        if case.dep_ != "case" or case.head.i <= case.i or case.head.pos_ not in _NOMINAL:
            continue
        noun = case.head
        verb = _verb_above(date)
        if noun.lower_ in date_words or verb is None:
            continue  # "dans la nuit de dimanche à lundi"
        if date.head.i == noun.i and date.dep_ == "nmod" and not list(date.children):
            date.head, date.dep_ = verb, _TIME  # "mercredi par l'armée": the verb's time
        elif noun.head.i == date.i and noun.dep_ == "nmod":
            noun.head, noun.dep_ = verb, _TIME  # "chassés mercredi de Bambari": the verb's own
            if date.head.pos_ in _NOMINAL and date.dep_ == "nmod":
                date.head, date.dep_ = verb, _TIME  # "de Bambari mercredi par": no Bambari's Wednesday


def _determined(tok: Token) -> bool:
    return any(c.dep_ == "det" for c in tok.children)  # "la veille", "le lendemain": no bare date word


def _has_case(tok: Token) -> bool:
    return any(c.dep_ == "case" for c in tok.children)  # "l'attaque de mercredi": the noun's own date


def _verb_above(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` is in: its nearest verb ancestor, through nouns only."""
    for up in tok.ancestors:
        if up.pos_ == "VERB":
            return up
        if up.pos_ not in _NOMINAL:
            return None
    return None
