"""Places listed after one preposition ("protests in Lagos and Abuja", "fired tear gas at protesters in
Nairobi and Kisumu"): the English parser hangs the names after the first on it as conjuncts with no
preposition of their own; a protest, or force against one, told at such a list happened at each (one
event a place, as ACLED codes a demonstration). A country in the list is where the others lie, no second
place. A fight at such a list stays one event (tried in rounds case87 and casemiss88 and left: the
invented gold codes "repelled attacks near Robotyne and Verbove" as one, and its copies at each place
kept a later telling of the fight from merging with it)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, EventRecord
from conflictkg.nlp.syntax import case_of

LISTED_TYPES = frozenset({"PROTEST", "COERCE"})


def each_listed_place(st: DocState, e: EventRecord, named: set[str] | None = None) -> list[EventRecord]:
    """The same event at each other name of the list its place heads, else []; none at a place of
    ``named`` (the names already given, which it extends; by default the event's own place)."""
    ref = e["place"]
    if (
        e["type"] not in LISTED_TYPES
        or ref is None
        or ref.get("start") is None
        or ref.get("kind") == "country"
    ):
        return []
    at = _name_head(st.doc[ref["start"]])
    if case_of(at) not in st.lex.group("place_preps") or st.doc[e["pred"]].sent != at.sent:
        return []
    listed = [c for c in at.conjuncts if c.i > at.i] if _joined(at) else []
    names = [n for c in listed for n in _names_in(st.lex, c)]
    return copies_at(st, e, names, named if named is not None else {ref["name"]})


def copies_at(st: DocState, e: EventRecord, toks: list[Token], named: set[str]) -> list[EventRecord]:
    """The event ``e`` again at each place the names ``toks`` give that is no country and none of
    ``named``, which it extends."""
    more: list[EventRecord] = []
    for tok in toks:
        place = place_np(st, tok)
        if place is not None and place["name"] not in named and place.get("kind") != "country":
            named.add(place["name"])
            more.append({**e, "place": place})
    return more


def _name_head(tok: Token) -> Token:
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Chasiv Yar": the name's head holds its conjuncts
    return tok


def _names_in(lex: Lexicon, conjunct: Token) -> list[Token]:
    """A name, or the names of a place noun ("in Zamfara and Katsina states": 'states' is the conjunct)."""
    if conjunct.pos_ == "PROPN" or conjunct.ent_type_ in PLACE_ENTS:
        return [conjunct]
    names = [c for c in conjunct.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < conjunct.i]
    return names if conjunct.lemma_.lower() in lex.place_nouns else []


def _joined(at: Token) -> bool:
    """A conjunction in the list: not a name the parser hung on the place after a comma alone ("in
    Ludhiana, Deputy Commissioner X said")."""
    return any(c.dep_ == "cc" for t in (at, *at.conjuncts) for c in t.children)
