"""A body of several states named by what it is ("la coalition a tué trois insurgés", "l'alliance
a bombardé", "la force internationale", "the coalition"): no mention names it, yet it acts as its
soldiers do ("les soldats de la coalition", nlp/body_complements.py), the forces of no one country
(never the article country's, nor the default group of the verb, which is the victims' own class).
A body noun with a complement of its own or a possessor ("la coalition d'opposition", "la coalition
au pouvoir", "sa coalition") is some other body; one a mention covers ("la coalition
internationale": the KB's) is that actor. ``body_nouns`` holds a noun's lemma, or its lemma and an
adjective's ("force internationale"). A political body noun ("l'alliance", ``political_body_nouns``)
is such a body only when the text calls it armed: an armed word qualifies it ("l'alliance militaire",
``armed_body_words``) or it is the subject or agent of a violent verb ("l'alliance a bombardé X");
otherwise it is a political body, no armed forces ("l'alliance a appelé au calme": an appeal is no
armed act). When the article has named one coalition (a KB actor of kind "coalition") before it, a
body noun refers back to it ("the Counter-ISIL Coalition struck X ... Coalition aircraft destroyed Y",
``told_coalition``); with none before it, to the one coalition the article names after it (a report
opening on "Coalition forces struck X" names its operation at the end); with none or several named,
it stays of no one country."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.led_bodies import led_body
from conflictkg.nlp.modality import VIOLENT
from conflictkg.nlp.syntax import AGENT, NEAR_ADVERBS_OF_PLACE, SUBJ, case_of

_OWN_COMPLEMENTS = frozenset({
    "nmod", "obl", "obl:mod", "appos", "flat", "flat:name", "compound", "prep", "poss", "nmod:poss", "nummod",
})  # fmt: skip
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def unnamed_bodies(doc: Doc, covered: dict[int, int], lex: Lexicon) -> list[Token]:
    """The body nouns of ``doc`` that no mention names and no complement of their own qualifies."""
    bodies = lex.group("body_nouns")
    return [
        t for t in doc
        if (t.pos_ == "NOUN" or _capitalised_body(t)) and t.i not in covered and body_word(t, bodies)
        and not _qualified(t, covered, lex) and not _political(t, lex) and not _group_modifier(t, lex)
    ]  # fmt: skip


def _capitalised_body(t: Token) -> bool:
    """ "The Coalition struck X": the body noun capitalised as a proper name by itself (a lone word
    after its article, no entity of several words around it) is the body all the same."""
    lone = not t.ent_type_ or (
        t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
    )
    return t.pos_ == "PROPN" and lone and any(c.dep_ == "det" for c in t.children)


def _group_modifier(t: Token, lex: Lexicon) -> bool:
    """ "Coalition military forces": the body noun the parser made a group noun's nmod before an
    adjective is the group's (nlp/body_complements.py), no actor of its own."""
    return t.dep_ == "nmod" and t.i < t.head.i and t.head.lemma_.lower() in lex.generic


def body_actor(t: Token, mentions: list[dict[str, Any]], kb: Any, lex: Lexicon) -> Any:
    """The actor a body noun no mention names stands for: the coalition a state named leads it
    (nlp/led_bodies.py), else the coalition told in the article (``told_coalition``), else the
    forces of no one country."""
    forces = generic_entry("military", None, None, kb, own=True)
    return led_body(t, kb, lex) or told_coalition(t, mentions, kb) or forces


def told_coalition(t: Token, mentions: list[dict[str, Any]], kb: Any) -> Any:
    """The KB coalition a body noun (or a group of one: "coalition forces") refers to: the one
    coalition the article named before it; with none before, the one it names after ("Coalition
    military forces conducted strikes ... as part of Operation Inherent Resolve"); else None."""
    named = [m for m in mentions if m["kind"] == "coalition"]
    told = {m["actor"] for m in named if m["start"] < t.i} or {m["actor"] for m in named}
    return kb.get(told.pop()) if len(told) == 1 else None


def body_word(t: Token, bodies: frozenset[str]) -> bool:
    """``t`` is a body noun: its lemma ("coalition"), or its lemma and an adjective's ("force
    internationale"). The one test of both readings (nlp/body_complements.py asks it too)."""
    lemma = t.lemma_.lower()
    return lemma in bodies or any(
        c.dep_ == "amod" and f"{lemma} {c.lemma_.lower()}" in bodies for c in t.children
    )


def _qualified(t: Token, covered: dict[int, int], lex: Lexicon) -> bool:
    """A complement, a possessor or a named qualifier makes the noun another body than the one
    acting in the war ("la coalition d'opposition", "sa coalition", "la coalition arabe")."""
    return any(
        (c.dep_ in _OWN_COMPLEMENTS and not _near_place(c) and not placed_complement(c, lex))
        or (c.dep_ == "det" and "Poss=Yes" in str(c.morph))
        or (c.dep_ == "amod" and c.i in covered)
        for c in t.children
    )


def _near_place(c: Token) -> bool:
    """ "tués par la coalition près de Gao": a place the parser hung on the body noun ("près" read
    as the noun's adverb, "de Gao" as its complement) says where the body acted, not which it is."""
    near = (a for a in (*c.children, *c.head.children) if a.dep_ == "advmod" and a.i < c.i)
    return case_of(c) in NEAR_ADVERBS_OF_PLACE or any(a.lower_ in NEAR_ADVERBS_OF_PLACE for a in near)


def placed_complement(c: Token, lex: Lexicon) -> bool:
    """ "killed by the coalition near Raqqa", "in Raqqa": a place preposition the parser hung on a
    group noun, its object a named place, says where the group acted, not which it is (round engold85;
    nlp/theatre_groups.py reads "the organization near Raqqa" so too)."""
    named = any(g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS for g in c.children)
    return c.dep_ == "prep" and c.lower_ in lex.group("place_preps") and named


def _political(t: Token, lex: Lexicon) -> bool:
    """A political body noun the text does not call armed (see the module's doc)."""
    if t.lemma_.lower() not in lex.group("political_body_nouns"):
        return False
    armed = lex.group("armed_body_words")
    if any(c.dep_ == "amod" and (c.lemma_.lower() in armed or c.lower_ in armed) for c in t.children):
        return False
    by = t.dep_ == "pobj" and t.head.dep_ in AGENT  # English "by the alliance"
    if t.dep_ not in SUBJ and t.dep_ not in AGENT and not by:
        return True
    verb = t.head.head if by else t.head
    entry = lex.verbs.get(verb.lemma_.lower())
    taken = (lex.verb_object.get((verb.lemma_.lower(), c.lemma_.lower())) for c in verb.children)
    types = {entry.type if entry is not None else None, *(p.type for p in taken if p is not None)}
    return not types & VIOLENT
