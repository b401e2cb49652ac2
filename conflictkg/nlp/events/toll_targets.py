"""The party a fight's toll names is the fight's target: "l'armée a bombardé Rastane, tuant dix
militants", "ont pris d'assaut une caserne, tuant 16 soldats", "..., faisant cinq morts parmi les
soldats". The killing told in a participle clause on the fight is its toll, not an event of its own
(finder.py), so the armed party it kills is the one the fight was against when the fight names none;
and dead counted among civilians ("faisant huit morts parmi les civils", ``toll_among_preps``) make
the fight an assault on them too, as "vingt personnes ont été tuées dans des bombardements" does; so
do those a fight noun's own toll verb counts ("les frappes ont fait dix morts parmi les civils")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.attack_words import toll_verb
from conflictkg.nlp.events.blast_sites import blast_site_targets
from conflictkg.nlp.events.life_tolls import life_toll_victims
from conflictkg.nlp.events.relative_tolls import relative_tolls
from conflictkg.nlp.events.state import FIGHTING_KINDS, Actor, DocState, EventRecord
from conflictkg.nlp.events.subjects import actor_kind
from conflictkg.nlp.events.targets import event_target
from conflictkg.nlp.syntax import prep_args

ASSAULT_CAMEO = "18"


def toll_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the fights that name no target given the armed party their toll kills, and
    an assault on the civilians a fight's toll counts its dead among."""
    out = life_toll_victims(st, [_with_toll_target(st, e) for e in events])  # "a coûté la vie à X"
    for e in list(out):
        victims = _civilians_among(st, e)
        if victims is not None and not any(
            o["type"] == "ASSAULT" and o["actor"] == e["actor"] and o["target"] == victims[0] for o in out
        ):
            out.append({**e, "type": "ASSAULT", "cameo": ASSAULT_CAMEO, "target": victims[0]})
    # "the attack on a market that killed 12": on civilians; "a bomb exploded outside a police station"
    return blast_site_targets(st, relative_tolls(st, out))


def _toll_clauses(st: DocState, e: EventRecord) -> list[Token]:
    """The clauses telling the toll of the fight ``e``: "..., tuant dix militants"."""
    return [c for c in st.doc[e["pred"]].children if c.dep_ == "advcl"]


def _noun_toll(st: DocState, e: EventRecord) -> list[Token]:
    """The toll verb a fight noun is the subject of: "les bombardements ont fait douze morts parmi
    les civils" counts the noun's dead as the participle of a fight verb does."""
    noun = st.doc[e["pred"]]
    return [noun.head] if noun.dep_ == "nsubj" and noun.head.i != noun.i else []


def _with_toll_target(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] != "FIGHT" or e["target"] is not None or e["nominal"]:
        return e
    for c in _toll_clauses(st, e):
        f = st.frames.get(c.i)
        got = None
        if f is not None and f.pred.civilian_type is not None:  # a killing ("tuant")
            got = event_target(st, f, e["actor"])
        elif _tells_toll(st, c):  # "faisant cinq morts parmi les soldats"
            got = _among(st, c)
        if got is not None and got[0] != e["actor"] and actor_kind(st, got[0]) in FIGHTING_KINDS:
            return {**e, "target": got[0]}
    return e


def _civilians_among(st: DocState, e: EventRecord) -> Actor | None:
    if e["type"] != "FIGHT":
        return None
    for c in _noun_toll(st, e) if e["nominal"] else _toll_clauses(st, e):
        got = _among(st, c) if _tells_toll(st, c) else None
        if got is not None and actor_kind(st, got[0]) == "civilians":
            return got
    return None


def _tells_toll(st: DocState, verb: Token) -> bool:
    """A toll verb ("faisant huit morts"), its object maybe read as a bare oblique."""
    if toll_verb(st, verb):
        return True
    tolls = st.lex.group("toll_verbs")
    bare = [c for c in verb.children if c.dep_ == "obl:arg" and not any(d.dep_ == "case" for d in c.children)]
    return any(f"{verb.lemma_.lower()} {c.lemma_.lower()}" in tolls for c in bare)


def _among(st: DocState, verb: Token) -> Actor | None:
    """The party a toll verb counts its dead among ("faisant huit morts parmi les civils")."""
    preps = st.lex.group("toll_among_preps")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("obj", "obl:arg"))]
    for h in holders:
        for prep, noun in prep_args(h):
            if prep in preps:
                return np_actor(st, noun)
    return None
