"""Roads: "sur la route du bord de mer de Beyrouth" (Beirut), "sur la route entre Kaboul et
Jalalabad", "on the road linking Mogadishu and Afgoye" (``road_link_verbs``: a place described on the
way, placed at the first town named). A mere "location between
X and Y" is left alone: which end a source codes it at, nothing in the text says."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState, PlaceResolver
from conflictkg.nlp.syntax import prep_args

ROAD_NOUNS = shared_words("road_nouns")
BETWEEN_PREPS = shared_words("between_preps")
LINK_VERBS = shared_words("road_link_verbs")


def road_place(st: DocState, tok: Token, place: PlaceResolver) -> dict[str, Any] | None:
    """The place a road ``tok`` heads lies at, as a place reference; None for any
    other noun, or a road whose phrase names no place."""
    lemma = tok.lemma_.lower()
    if lemma not in ROAD_NOUNS:
        return None
    between = [c for prep, c in prep_args(tok) if prep in BETWEEN_PREPS]
    # "the road linking Mogadishu and Afgoye", "la route reliant Gao à Ansongo": the towns it links
    links = [v for v in tok.children if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in LINK_VERBS]
    between += [o for v in links for o in v.children if o.dep_ in ("dobj", "obj") and o.i > tok.i]
    nxt = st.doc[tok.i + 1] if tok.i + 1 < len(st.doc) else tok
    if nxt.lower_ in BETWEEN_PREPS and nxt.dep_ == "case":  # "entre X" hung on the noun before the road
        between.append(nxt.head)
    for c in between:
        if c.i > tok.i:  # "entre Kaboul et Jalalabad": a place on the way, at the first
            first = place(st, c)
            if first is None or first.get("descriptor"):
                return None
            text = st.doc[tok.i : c.right_edge.i + 1].text
            return {"name": text, "kind": "road", "near": first["name"], "descriptor": True, "start": tok.i}
    of = st.lex.group("of_preps")
    # "la route de Gao", "la route du bord de mer de Beyrouth": the town the road is of
    nodes = [c for prep, c in prep_args(tok) if prep in of]
    nodes += [g for n in list(nodes) if n.pos_ == "NOUN" for prep, g in prep_args(n) if prep in of]
    for n in nodes:
        if n.pos_ == "PROPN":
            got = place(st, n)
            if got is not None and got.get("kind") != "country":
                got["inferred"] = True
                return got
    return None
