"""A facility named after its town: "outside the Quetta Press Club", "at Karachi University". A name
whose head word is one of ``town_named_facilities`` (en.json: "club", "university") and whose first
word is a proper noun naming a place is at that place: the protest outside the Quetta Press Club
happened in Quetta. Only a name read as an organisation's is: one the gazetteer knows as a site
("took control of Mosul University") stays that site, and a first word that names no place ("the
National Press Club") gives none."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

_NAME_DEPS = frozenset({"compound", "nmod"})


def facility_town(st: DocState, tok: Token) -> dict[str, Any] | None:
    """The place the first word of the facility name ``tok`` heads names, if it is a facility's."""
    heads = st.lex.group("town_named_facilities")
    if tok.lemma_.lower() not in heads and tok.lower_ not in heads:
        return None
    words = [c for c in tok.children if c.dep_ in _NAME_DEPS and c.i < tok.i]
    first = words[0] if words else None
    if first is None or first.pos_ != "PROPN" or any(c.i < first.i for c in first.children):
        return None
    if any(t.dep_ != "det" for t in tok.doc[tok.left_edge.i : first.i]):
        return None
    # the name's mention is the facility's (an organisation): its first word is read as a name alone
    return {
        "name": first.text, "kind": None, "near": None, "descriptor": False, "start": first.i, "alt": None,
        "alt2": None, "country": None, "compass": None,
    }  # fmt: skip
