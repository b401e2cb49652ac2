"""A toll told by a present participle hung on an act with a target of its own ("ont ouvert le feu
sur des manifestants, tuant six personnes"; "opened fire on protesters, killing six people") counts
that act's victims: the toll naming them only as unnamed people (``unnamed_victim_nouns``) is no
second event of the same actor."""

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
            if act["type"] in _AIMED and act["target"] is not None and _unnamed(st, part):
                drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def _gerund(tok: Token) -> bool:
    """ "tuant", "killing": a present participle (a gerund for the English tagger)."""
    form = tok.morph.get("VerbForm", [])
    return tok.tag_ == "VBG" or "Ger" in form or ("Part" in form and "Pres" in tok.morph.get("Tense", []))


def _unnamed(st: DocState, part: Token) -> bool:
    """Whether the participle's victims are people no more named than that ("six personnes")."""
    objs = [c for c in part.children if c.dep_ in ("obj", "dobj")]
    return bool(objs) and all(o.lemma_.lower() in st.lex.group("unnamed_victim_nouns") for o in objs)
