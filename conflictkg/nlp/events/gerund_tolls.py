"""A toll told by a present participle hung on an act with a target of its own ("ont ouvert le feu
sur des manifestants, tuant six personnes"; "opened fire on protesters, killing six people") counts
that act's victims: the toll naming them only as unnamed people (``unnamed_victim_nouns``) is no
second event of the same actor; nor is such a toll of a two-sided fight that names no other side
("clan militias clashed in X, leaving 12 people dead": its dead, no massacre)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, EventRecord

_AIMED = VIOLENT_TYPES | {"COERCE"}  # "opened fire on protesters, killing six": the repression's toll


def one_act_with_toll(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    drop: set[int] = set()
    for i, toll in enumerate(events):
        part = st.doc[toll["pred"]]
        if toll["type"] not in VIOLENT_TYPES or toll["nominal"] or not _gerund(part) or part.dep_ != "advcl":
            continue
        for j, act in enumerate(events):
            if j == i or act["pred"] != part.head.i or act["actor"] != toll["actor"] or act["nominal"]:
                continue
            aimed = act["type"] in _AIMED and act["target"] is not None
            if (aimed or _sideless_fight(st, act)) and _unnamed(st, part):
                drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def _sideless_fight(st: DocState, act: EventRecord) -> bool:
    """ "Rival militias clashed in X, leaving 12 people dead": a two-sided fight verb with no side named
    but its subject counts the fighting's own dead, no assault on civilians."""
    verb = st.doc[act["pred"]]
    pred = st.lex.verbs.get(verb.lemma_.lower())
    # "herders and farmers fought, leaving seven people dead": the sides named, the dead may be anyone
    sides = any(
        c.dep_ == "conj" for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children
    )
    return (
        act["type"] == "FIGHT" and act["target"] is None and pred is not None and pred.symmetric and not sides
    )


def _gerund(tok: Token) -> bool:
    """ "tuant", "killing": a present participle (a gerund for the English tagger)."""
    form = tok.morph.get("VerbForm", [])
    return tok.tag_ == "VBG" or "Ger" in form or ("Part" in form and "Pres" in tok.morph.get("Tense", []))


def _unnamed(st: DocState, part: Token) -> bool:
    """Whether the participle's victims are people no more named than that ("six personnes")."""
    objs = [c for c in part.children if c.dep_ in ("obj", "dobj")]
    return bool(objs) and all(o.lemma_.lower() in st.lex.group("unnamed_victim_nouns") for o in objs)
