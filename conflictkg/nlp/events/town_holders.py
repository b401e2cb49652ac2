"""Whose town a capture took, told by a participle of holding: "ont repris le contrôle de Mocímboa da
Praia, tenue par des insurgés depuis août 2020", "le port de Port-au-Prince, tenu par des gangs". A
participle of ``site_holder_verbs`` on the place taken, on a noun between it and the capture's verb
("le contrôle", "le port") or on the verb's object, whose agent names an actor other than the
capture's, names the side the town was taken from (round frstyle85)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import agent_of
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ

HOLDING_DEPS = frozenset({"acl", "amod"})


def town_holder(st: DocState, e: EventRecord) -> str | None:
    """The actor a holding participle names as the holder of what ``e`` (a capture) took."""
    verb = st.doc[e["pred"]]
    holders = st.lex.group("site_holder_verbs")
    for noun in _held_nouns(st, e, verb):
        for c in noun.children:
            if c.dep_ not in HOLDING_DEPS or c.lemma_.lower() not in holders:
                continue
            got = agent_of(st, c)
            if got is not None and got[0] != e["actor"]:
                return got[0]
    return None


def _held_nouns(st: DocState, e: EventRecord, verb: Token) -> list[Token]:
    """The place taken and the nouns between it and the verb, or else the verb's objects."""
    nouns = [c for c in verb.children if c.dep_ in OBJ]
    start = (e["place"] or {}).get("start")
    if start is None or e["nominal"]:
        return nouns
    tok = st.doc[start]
    while tok.i != verb.i and tok.head.i != tok.i and tok.i not in {n.i for n in nouns}:
        nouns.append(tok)
        tok = tok.head
    return nouns
