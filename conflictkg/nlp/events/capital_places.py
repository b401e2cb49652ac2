"""A capital named by its country ("dans la capitale britannique", "the Libyan capital", "la
capitale de la Libye"): the capital city, which the gazetteer finds from those words; a region's,
named by the region's demonym ("the Tigrayan capital": ``region_demonym_capitals``, round enloc89)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_map, shared_words
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of

CAPITAL_NOUNS = shared_words("capital_nouns")
REGION_CAPITALS = shared_map("region_demonym_capitals")  # "the Tigrayan capital": Mekelle


def capital_named(st: DocState, tok: Token) -> dict[str, Any] | None:
    """The capital ``tok`` heads when a demonym or a country's name says whose it is, as a place
    reference; None for any other noun ("la capitale du pays" says nothing the gazetteer reads)."""
    if tok.lemma_.lower() not in CAPITAL_NOUNS and tok.lower_ not in CAPITAL_NOUNS:
        return None
    of = st.lex.group("of_preps")
    for c in tok.children:
        m = st.covered.get(c.i)
        if m is None or m["kind"] != "state":
            continue
        if (c.dep_ == "amod" and m["demonym"]) or (case_of(c) in of and not m["demonym"]):
            lo, hi = min(tok.i, c.left_edge.i), max(tok.i, c.right_edge.i)
            return {"name": st.doc[lo : hi + 1].text, "kind": "city", "near": None, "descriptor": False,
                    "start": tok.i}  # fmt: skip
    for c in tok.children:  # "the Tigrayan capital": a region's, from data
        if c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in REGION_CAPITALS:
            return {"name": REGION_CAPITALS[c.lower_], "kind": "city", "near": None, "descriptor": False,
                    "start": tok.i}  # fmt: skip
    return None


def own_capital(st: DocState, tok: Token, state_id: str, actor_id: str) -> bool:
    """``tok`` is the capital of the actor's own country, which its demonym names ("des miliciens
    ont attaqué la capitale libyenne"): a place the actor acts in, not the state as its target."""
    own = st.actors.get(actor_id, {}).get("country")
    return (
        bool(own) and capital_named(st, tok) is not None and st.actors.get(state_id, {}).get("country") == own
    )
