"""The place a place noun's phrase sets it in: the container of "X town in Y countryside", "Kufa area
of Karkar district", "Yaftali district, Badakhshan" (the hint ``alt`` of a place reference), and the
first of the names a plural place noun gives. ``place_np`` is passed in (it reads these in turn)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.comma_units import named_unit
from conflictkg.nlp.events.country_brackets import country_bracket
from conflictkg.nlp.events.named_parts import PlaceNP
from conflictkg.nlp.events.state import PLACE_ENTS, DocState
from conflictkg.nlp.events.tree import bounded_subtree
from conflictkg.nlp.syntax import prep_args

BESIDE_DEPS = frozenset({"appos", "npadvmod"})  # "X district, Y province"


def place_name_within(st: DocState, tok: Token) -> dict[str, Any] | None:
    """ "le contrôle du poste-frontière de Bab al-Hawa" parsed askew: the place name NER found in it."""
    for t in sorted(bounded_subtree(tok), key=lambda t: t.i):
        if t.ent_iob_ == "B" and t.ent_type_ in PLACE_ENTS and t.i not in st.covered:
            ent = next(e for e in st.doc.ents if e.start == t.i)
            return {"name": ent.text, "kind": None, "near": None, "descriptor": False, "start": t.i}
    return None


def first_of_names(st: DocState, tok: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """ "Burkan and Dhi Masal areas": the first of the places a plural place noun names."""
    for c in tok.children:
        if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i:
            got = place_np(st, c, depth + 1)
            if got is not None:
                return with_container(st, got, tok, depth, place_np)
    return None


def container(st: DocState, tok: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """The place a locative inside ``tok``'s phrase names ("... town in Idleb countryside", "Kufa
    area of Karkar district")."""
    within = st.lex.group("place_preps") | st.lex.group("of_preps")
    for prep, c in prep_args(tok):
        if prep in within and c.i > tok.i and depth <= 2:
            inner = place_np(st, c, depth + 1)
            if inner is not None and not inner.get("descriptor"):
                inner["inferred"] = True
                return inner
    # "Yaftali district, Badakhshan", "Burkan areas (Mukayras, Al Bayda)": the name set beside it
    for c in tok.children:
        if c.dep_ in BESIDE_DEPS and named_unit(st, c) and c.i > tok.i and depth <= 2:
            inner = place_np(st, c, depth + 1)
            if inner is not None and not inner.get("descriptor"):
                inner["inferred"] = True
                return inner
    return None


def with_container(
    st: DocState, ref: dict[str, Any], tok: Token, depth: int, place_np: PlaceNP
) -> dict[str, Any]:
    """``ref`` with a locative of its phrase ("town in Idleb countryside", "in Yemen (Abs, Hajjah)")."""
    if not ref.get("alt"):
        inner = container(st, tok, depth, place_np)
        if inner is not None and inner.get("start") == ref.get("start"):
            # "the town of Karak in Dar'a": the name its place noun heads is no hint of where it lies
            inner = trailing_container(st, tok, depth, place_np)
        if inner is not None:
            ref["alt"] = inner["name"]
            ref["alt2"] = ref.get("alt2") or inner.get("alt")
            ref["alt3"] = inner.get("alt2")  # "(East Midnapore district, West Bengal)": nlp/deeper_hints.py
    owner = None if ref.get("alt") or ref.get("fallback") else owner_place_name(st, tok, depth, place_np)
    if owner is not None:
        ref["fallback"] = owner  # "in Kabul's Shakardara district": Kabul, if the district is unknown
    return country_bracket(st, ref, tok)


def owner_place_name(st: DocState, tok: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """The place a possessive names on a place noun with a name of its own ("Kabul's Shakardara
    district"): where that place lies, the clause's place when the gazetteer lacks the name."""
    if tok.pos_ != "NOUN":  # "Bihar's Vaishali": no place noun, the possessive may be a region
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in PLACE_ENTS and depth <= 2:
            owner = place_np(st, c, depth + 1)
            if owner is not None and not owner.get("descriptor"):
                return {**owner, "inferred": True, "owner": True}
    return None


def trailing_container(st: DocState, tok: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """ "clashes between two families in the town of Karak in Dar'a", the parser hanging "in Dar'a" on
    the families: a locative right after the place noun's phrase, on a word above it, naming a place
    by its own name, is where that place lies."""
    after = tok.right_edge.i + 1
    if after + 1 >= len(st.doc) or depth > 2:
        return None
    prep = st.doc[after]
    if prep.lower_ not in st.lex.group("place_preps") or prep.head not in tok.ancestors:
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    inner = place_np(st, name, depth + 1) if name is not None else None
    if inner is None or inner.get("descriptor"):
        return None
    inner["inferred"] = True
    return inner
