"""Whose town a capture took, told by a participle of holding: "ont repris le contrôle de Mocímboa da
Praia, tenue par des insurgés depuis août 2020", "le port de Port-au-Prince, tenu par des gangs". A
participle of ``site_holder_verbs`` on the place taken, on a noun between it and the capture's verb
("le contrôle", "le port") or on the verb's object, whose agent names an actor other than the
capture's, names the side the town was taken from; so does the 'de' complement of an apposition of
``control_nouns`` on the town ("la reprise de Baghouz, dernier bastion de l'État islamique"), unless it
names a state ("Kaboul, capitale de l'Afghanistan": where, not whose) (round frstyle85)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import agent_of, np_actor
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, prep_args

HOLDING_DEPS = frozenset({"acl", "amod"})


def town_holder(st: DocState, e: EventRecord) -> str | None:
    """The actor a holding participle names as the holder of what ``e`` (a capture) took."""
    verb = st.doc[e["pred"]]
    holders = st.lex.group("site_holder_verbs")
    for noun in _held_nouns(st, e, verb):
        for c in noun.children:
            if c.dep_ in HOLDING_DEPS and c.lemma_.lower() in holders:
                got = agent_of(st, c)
            elif c.dep_ == "appos" and c.lemma_.lower() in st.lex.group("control_nouns"):
                got = _owner(st, c)  # "Baghouz, dernier bastion de l'État islamique"
            else:
                continue
            if got is not None and got[0] != e["actor"]:
                return got[0]
    return None


def _owner(st: DocState, stronghold: Token) -> Actor | None:
    """The actor, no state, a stronghold noun's 'de' complement names."""
    of = st.lex.group("of_preps")
    for prep, c in prep_args(stronghold):
        got = np_actor(st, c) if prep in of else None
        if got is not None and st.actors.get(got[0], {}).get("kind") != "state":
            return got
    return None


def _held_nouns(st: DocState, e: EventRecord, verb: Token) -> list[Token]:
    """The place taken and the nouns between it and the verb, or else the verb's objects."""
    nouns = [c for c in verb.children if c.dep_ in OBJ]
    start = (e["place"] or {}).get("start")
    if start is None:
        return nouns
    tok = st.doc[start]
    while tok.i != verb.i and tok.head.i != tok.i and tok.i not in {n.i for n in nouns}:
        nouns.append(tok)
        tok = tok.head
    return nouns
