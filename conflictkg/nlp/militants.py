"""A noun of both an activist and a fighter ("militant"): a fighter in war news.

In French "des militants" are a party's activists or an armed group's fighters. The group noun
class says the first; the sentence says the second when the militants do violence themselves
("des militants ont attaqué un convoi") or suffer it from forces or weapons ("un drone a tué cinq
militants", "..., tuant six militants", "trois militants ont été tués par l'armée"). A "de"
complement ("les militants du parti", "un militant des droits de l'homme") keeps the activist."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import case_word

_FORCE_CLASSES = ("military", "armed", "islamist", "militia")
_FORCE_KINDS = ("state", "military", "armed_group", "militia")
_HIT = ("obj", "obl:arg", "iobj")


def fighters_class(
    t: Token, group: str | None, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]
) -> str | None:
    """The class of the group noun ``t`` read as ``group``: "armed" for a fighter-or-activist noun
    (fighter_activist_nouns) in a violent act, else ``group``."""
    if group is None or t.lemma_.lower() not in lex.group("fighter_activist_nouns"):
        return group
    of = lex.group("of_preps")
    if any(c.dep_ == "nmod" and case_word(c) in of for c in t.children):
        return group  # "les militants du parti": whose activists
    verb = t.head
    if t.dep_ == "conj":
        verb = t.head.head
    if not _violent(verb, lex):
        return group
    if t.dep_ == "nsubj" or (t.dep_ == "conj" and t.head.dep_ == "nsubj"):
        hit = [x for c in verb.children if c.dep_ in _HIT for x in c.subtree]
        if any(_force(x, lex, covered, mentions, police=True) for x in hit):
            return "armed"  # they attack forces: fighters (a polling station: rioters)
        return group
    if t.dep_ in ("obj", "nsubj:pass", "nsubjpass") and any(
        _force(a, lex, covered, mentions) for a in _authors(verb, lex)
    ):
        return "armed"  # forces or weapons kill them
    return group


def _violent(verb: Token, lex: Lexicon) -> bool:
    """A FIGHT or ASSAULT verb, alone or with its object ("tendre une embuscade")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    found = [lex.verbs.get(lemma)]
    found += [lex.verb_object.get((lemma, c.lemma_.lower())) for c in verb.children if c.dep_ == "obj"]
    return any(p is not None and p.type in ("FIGHT", "ASSAULT") for p in found)


def _authors(verb: Token, lex: Lexicon) -> list[Token]:
    """Who does the verb's act: its subject, its passive agent, or for a participle or gerund that
    completes a clause ("..., tuant six militants"), that clause's subject."""
    agent = lex.group("agent_preps")
    out = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "obl:agent" and case_word(c) in agent)]
    if not out and verb.dep_ in ("advcl", "acl", "xcomp") and verb.head is not verb:
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return out


def _force(
    a: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]], *, police: bool = False
) -> bool:
    """Armed forces, an armed group, a weapon or a military craft, an attack ("une frappe"); with
    ``police`` (what an attack hits), the police too, but a state named there is a place ("à Gao, au
    Mali")."""
    lemma = a.lemma_.lower()
    j = covered.get(a.i)
    kinds = _FORCE_KINDS[1:] if police else _FORCE_KINDS
    if j is not None and mentions[j].get("kind") in kinds:
        return True
    words = lex.group("military_equipment") | lex.group("attack_subjects") | lex.group("state_force_nouns")
    classes = (*_FORCE_CLASSES, "police") if police else _FORCE_CLASSES
    return lemma in words or lex.generic.get(lemma) in classes
