"""Seas, gulfs and lakes ("en mer Rouge", "dans le golfe d'Aden", "près du lac Tchad"): a lower-case
water noun (lexicon ``water_nouns``) with a capitalised name right after it, or after its "de", names a
body of water, whole, however the parser hangs the name (not the complement of a place noun: "la
région du lac Tchad" is a region). The gazetteer's curated water of that name
is where the event is; a water it does not know places nothing (never a town or the article's
country so named)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

WATER_KIND = "water"  # the reference's kind: resolved only to a curated place of WATER_PLACE_KINDS
WATER_PLACE_KINDS = frozenset({"sea", "lake"})  # kinds of places/curated.toml


def water_body(st: DocState, tok: Token) -> dict[str, Any] | None:
    """The body of water ``tok`` heads, as a place reference, else None."""
    lex, doc = st.lex, st.doc
    if tok.lower_ not in lex.group("water_nouns") and tok.lemma_.lower() not in lex.group("water_nouns"):
        return None
    if tok.head.i != tok.i and tok.head.lemma_.lower() in st.lex.place_nouns:
        return None  # "la région du lac Tchad": a region named after the lake, read as such
    end = tok.i + 1
    if end < len(doc) and doc[end].lower_ in lex.group("of_preps"):
        end += 1
    if end >= len(doc) or not _capitalised(doc[end]) or doc[end].sent != tok.sent:
        return None  # "en mer", "le lac de retenue": no name
    while end + 1 < len(doc) and (_capitalised(doc[end + 1]) or doc[end + 1].text == "-"):
        end += 1
    return {"name": doc[tok.i : end + 1].text, "kind": WATER_KIND, "near": None, "descriptor": True,
            "start": tok.i, "landmark": True}  # fmt: skip


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def water_place(hit: Any) -> Any:
    """The curated water a water reference names (``hit``: the gazetteer's lookup of its name), as a
    location, else None."""
    return hit.to_location() if hit is not None and hit.kind in WATER_PLACE_KINDS else None
