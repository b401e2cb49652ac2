"""Nationalities and peoples named in two words.

- A demonym of two words that the parser splits ("South Sudanese troops", "North Korean troops"):
  read as one, not as its last word ("Sudanese").
- A state's demonym right before the name of a people ("Bosnian Serbs", "Bosnian Croat forces",
  "Iraqi Kurds"): that people's community in the first word's state. CAMEO and ACLED code such a
  community by the country it lives in, so the pair names the first word's country; forces it names
  are the community's ("Bosnian Serb troops": an armed group of Bosnia), not the state's military,
  and the people alone ("Iraqi Kurds demonstrated") are that community, an actor of that country. A people
  is another state's demonym ("Serb") or a people of no state of its own (ethnic_peoples: "Kurds").
- Such a people qualifying a group noun ("Tamil rebels", "Uighur protesters") says who the group
  is, and is no actor of its own (NER may take it for a person's name).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon

_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def demonym_pair(t: Token, kb: Any, lex: Lexicon) -> tuple[list[Token], Any, bool] | None:
    """The pair ending in ``t``, or else the one ``t`` opens (see :func:`_pair_ending`)."""
    found = _pair_ending(t, kb, lex)
    # the pair ``t`` opens needs ``t`` a capitalised modifier: tested before Token.sent builds a span
    if found is None and _opens_pair(t) and t.i + 1 < t.sent.end:
        found = _pair_ending(t.doc[t.i + 1], kb, lex)
    return found


def _opens_pair(p: Token) -> bool:
    """Whether ``p`` can be the first word of a pair: a capitalised modifier."""
    return p.dep_ in _MODIFIERS and p.text[:1].isupper()


def _pair_ending(t: Token, kb: Any, lex: Lexicon) -> tuple[list[Token], Any, bool] | None:
    """The two words ending in ``t`` that name one nationality or a state's people, their actor, and
    whether they name a community of that state (a state's demonym before a people)."""
    if t.i == 0:
        return None
    p = t.doc[t.i - 1]
    if not _opens_pair(p) or p.head.i not in (t.i, t.head.i):
        return None
    if t.i == t.sent.start:  # after the cheap tests: Token.sent builds a span
        return None
    joined = kb.resolve_demonym(f"{p.text} {t.text}")
    if joined is not None:
        return [p, t], joined, False
    first = kb.resolve_demonym(p.text)
    if first is None or first.kind != "state":
        return None
    people = kb.resolve_demonym(t.text)
    if people is not None and people.id != first.id and t.text[:1].isupper():
        return [p, t], first, True
    if t.lemma_.lower() in lex.group("ethnic_peoples") or t.lower_ in lex.group("ethnic_peoples"):
        return [p, t], first, True
    return None


def community_entry(toks: list[Token], first: Any, kb: Any) -> Any:
    """The actor of a state's people: as a modifier ("Bosnian Serb troops"), the state's demonym,
    which gives the group noun its country; as the head of their phrase ("Bosnian Serbs withdrew",
    "Iraqi Kurds demonstrated"), the community itself, an actor of that state named as written."""
    if toks[-1].dep_ in _MODIFIERS:
        return first
    return kb.discover(" ".join(t.text for t in toks), kind="organisation", country=first.country)


def ethnic_modifier(t: Token, lex: Lexicon) -> bool:
    """ "Tamil" in "Tamil rebels": a people of ethnic_peoples qualifying a noun."""
    return t.dep_ in _MODIFIERS and t.head.pos_ == "NOUN" and t.lower_ in lex.group("ethnic_peoples")


def flag_only(t: Token, lex: Lexicon) -> bool:
    """A demonym that names no party: a neighbour's border ("près de la frontière algérienne"), or
    the flag of a ship no warship ("un navire libérien", "un navire battant pavillon libérien": the
    flag state is not who is attacked; ``flag_nouns``, ``war_craft_nouns``)."""
    head = t.head
    if head.lemma_.lower() in lex.group("border_nouns"):
        return True
    flags = lex.group("flag_nouns")
    if head.lemma_.lower() in flags or (t.i > 0 and t.doc[t.i - 1].lower_ in flags):
        return True  # "battant pavillon libérien", however the parser hangs the demonym
    return head.lemma_.lower() in lex.group("war_craft_nouns") and not war_craft(head, lex)


def war_craft(noun: Token, lex: Lexicon) -> bool:
    """Military craft: a noun of ``military_equipment``, or one of ``war_craft_nouns`` with a "de"
    complement of ``war_marks`` ("un navire de guerre"; a "navire" alone is a merchant ship)."""
    lemma = noun.lemma_.lower()
    if lemma in lex.group("military_equipment"):
        return True
    marks = lex.group("war_marks")
    return lemma in lex.group("war_craft_nouns") and any(c.lemma_.lower() in marks for c in noun.children)
