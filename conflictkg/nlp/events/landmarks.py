"""Landmarks: a named square, palace or esplanade ("la place Tahrir au Caire", "le palais de
Cotroceni", "Tahrir Square") is a place of its own, named as written, that lies where its city is
(the city a locative inside its phrase names; with none, somewhere in the article's country).

A landmark is never looked up as a town: "la Place des martyrs" is not the town "Laplace"."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.model import Location, make_id, slug
from conflictkg.nlp.events.capital_places import capital_named
from conflictkg.nlp.events.road_places import road_place
from conflictkg.nlp.events.state import DocState, PlaceResolver
from conflictkg.nlp.events.stretch_places import stretch_place
from conflictkg.nlp.events.water_bodies import WATER_KIND, water_body, water_place
from conflictkg.nlp.syntax import case_of, prep_args
from conflictkg.textkeys import key

_NAME_DEPS = frozenset({"flat", "flat:name", "compound", "fixed", "flat:foreign", "amod", "det", "case"})
_NAMED = frozenset({"nmod", "flat", "flat:name", "appos", "compound"})
_LANDMARK_KINDS = frozenset({"square", "palace", "landmark"})  # kinds of places/curated.toml


def landmark(st: DocState, tok: Token, place: PlaceResolver) -> dict[str, Any] | None:
    """The landmark ``tok`` heads, as a place reference (a descriptor placed near its city, which
    ``place`` reads from a noun phrase)."""
    if (
        capital := capital_named(st, tok) or road_place(st, tok, place) or stretch_place(st, tok, place)
    ) is not None:
        return capital  # "la capitale britannique": London; "la route de Gao": Gao; "stretching from X": X
    if (water := water_body(st, tok)) is not None:
        return water  # "en mer Rouge": the Red Sea
    lex, doc = st.lex, st.doc
    nouns = lex.group("landmark_nouns")
    if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
        return None
    before = doc[max(tok.sent.start, tok.i - 2) : tok.i + 1].text.lower()
    if any(before.endswith(idiom) for idiom in lex.group("landmark_idioms")):
        return None  # "à la place de X": instead of X
    of = lex.group("of_preps")
    titled = tok.is_title and not tok.is_sent_start
    after = [
        c
        for c in tok.children
        if c.i > tok.i
        and c.dep_ in _NAMED
        and case_of(c) in (None, *of)
        and (c.pos_ == "PROPN" or (c.dep_ == "nmod" and (titled or c.is_title)))
    ]
    # "une place publique de Gao": a common noun, at the town its complement names
    town = next((t for c in after if _indefinite(tok, c) and (t := place(st, c)) is not None), None)
    if town is not None:
        return town
    before_names = [c for c in tok.children if c.i < tok.i and c.dep_ in _NAMED and c.pos_ == "PROPN"]
    if after:  # "la place Tahrir", "le palais de Cotroceni", "la Place des martyrs"
        start, end = tok.i, _name_end(after[0])
    elif before_names:  # "Tahrir Square", "the Habima Square"
        words = [t for c in before_names for t in c.subtree if t.dep_ != "det" and not t.is_punct]
        start, end = min(t.i for t in words), tok.i
    else:
        return None
    name = doc[start : end + 1].text
    city = _city(st, tok, start, end, place) or _told_city(st, name)
    return {"name": name, "kind": "landmark", "near": city, "descriptor": True,
            "start": start, "landmark": True}  # fmt: skip


def _indefinite(tok: Token, c: Token) -> bool:
    """ "une place publique de Gao", "sur une place de Kidal": a landmark noun with an indefinite
    article names no landmark; its "de" complement is its town."""
    return case_of(c) is not None and any(
        d.dep_ == "det" and "Ind" in d.morph.get("Definite", []) for d in tok.children
    )


def _name_end(c: Token) -> int:
    """The last word of the name ``c`` opens ("Abdel Moneim Riyad", "de la Libération nationale")."""
    end = c.i
    for t in c.subtree:
        if t.i == end + 1 and (t.dep_ in _NAME_DEPS or t.text == "-") and case_of(t.head) != "à":
            end = t.i
    return end


def _city(st: DocState, tok: Token, start: int, end: int, place: PlaceResolver) -> str | None:
    """The city a locative or a genitive of the landmark's phrase names ("place Tahrir au Caire",
    "Bat Galim Square of Haifa", "Baghdad's Tahrir Square"), or a locative right after its name
    ("la place des Martyrs à Beyrouth", however the parser hangs it)."""
    doc, preps = st.doc, st.lex.group("place_preps") | st.lex.group("of_preps")
    near = [c for prep, c in prep_args(tok) if prep in preps and not start <= c.i <= end]
    near += [c for c in tok.children if c.dep_ == "poss"]
    if end + 2 < len(doc) and doc[end + 1].lower_ in st.lex.group("place_preps"):
        near.append(doc[end + 2])
    for c in near:
        got = place(st, c) if c.i != tok.i else None
        if got is not None and not got.get("descriptor"):
            return str(got["name"])
    return None


def _told_city(st: DocState, name: str) -> str | None:
    """The city of the same landmark an earlier event of the article was placed at."""
    told = [e["place"] for e in st.done if e["place"] is not None and e["place"].get("landmark")]
    return next((p["near"] for p in reversed(told) if p.get("near") and key(p["name"]) == key(name)), None)


def lone_landmark(
    ref: dict[str, Any], country: str | None, city: Location | None, hit: Any
) -> Location | None:
    """A landmark whose phrase names no city: the gazetteer's landmark of that name (``hit``, its
    lookup of the name: curated data names the one square the news means, "la Place des martyrs"
    is Beirut's); else where the sentence's other place is, when that is a town; else named as
    written, in the article's country (when it has one)."""
    if not ref.get("landmark"):
        return None
    if ref.get("kind") == WATER_KIND:
        return water_place(hit)  # type: ignore[no-any-return]
    if hit is not None and hit.kind in _LANDMARK_KINDS:
        return hit.to_location()  # type: ignore[no-any-return]  # "la Place des martyrs": Beirut's
    if city is not None and city.lat is not None and city.kind not in ("country", "region"):
        return Location(id=make_id("loc", "described", slug(ref["name"]), city.id), name=ref["name"],
                        kind="landmark", country=city.country, lat=city.lat, lon=city.lon)  # fmt: skip
    return Location(id=make_id("loc", "landmark", slug(ref["name"]), country), name=ref["name"],
                    kind=ref.get("kind") or "landmark", country=country)  # fmt: skip
