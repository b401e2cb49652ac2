"""A place name that only resembles an actor's ("à Koufra": not Amadou Koufa, whom the knowledge
base's fuzzy match finds): NER tags it a place and the gazetteer knows it as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.regions import town_in
from conflictkg.nlp.fuzzy_people import fuzzy_person_place
from conflictkg.nlp.fuzzy_states import fuzzy_state_place
from conflictkg.nlp.longer_places import inside_longer_place
from conflictkg.nlp.name_spans import exact_alias
from conflictkg.textkeys import key

_PLACE_LABELS = frozenset({"LOC", "GPE"})


def place_not_actor(
    gazetteer: Any, span: Sequence[Token], entry: Any, ents: dict[int, Any] | None = None, lex: Any = None
) -> bool:
    """Whether the actor ``entry`` the knowledge base found for the name ``span`` is only a near
    spelling of it (not one of its names) while the name is a place NER tags and the gazetteer
    knows: the place, no actor; or a word of a longer place name (:func:`inside_place`), or a town
    named with its region (:func:`region_follows`), or a person's near spelling named where a place is
    (:func:`fuzzy_person_place`), or a state's (:func:`fuzzy_state_place`)."""
    if ents is not None and inside_place(gazetteer, span, entry, ents):
        return True
    if fuzzy_state_place(gazetteer, span, entry):  # "Corse-du-Sud": not Corée du Sud
        return True
    if region_follows(gazetteer, span, entry) or fuzzy_person_place(lex, gazetteer, span, entry):
        return True
    if inside_longer_place(gazetteer, span, entry):  # "the Al Asad air base": no Bashar al-Asad
        return True
    if gazetteer is None or entry.kind == "state" or any(t.ent_type_ not in _PLACE_LABELS for t in span):
        return False
    text = span[0].doc[span[0].i : span[-1].i + 1].text
    return exact_alias(entry, text) is None and gazetteer.lookup(text) is not None


def inside_place(gazetteer: Any, span: Sequence[Token], entry: Any, ents: dict[int, Any]) -> bool:
    """Whether the one word ``span``, only a part of the actor's longer name ("Salvador" of El
    Salvador), is a part of a longer place name NER tags ("San Salvador") that the gazetteer knows as
    written: the place wins, and the word names no actor. An actor's whole name stays one ("Panama
    City": Panama is named, and tells the article's country). So is a state's other name, its
    capital, inside the longer name of a region of another country ("Middle Juba": a Somali region,
    not South Sudan; "Rural Damascus" still tells Syria)."""
    ent = ents.get(span[0].i) if gazetteer is not None and len(span) == 1 else None
    words = key(str(entry.name)).split()
    if ent is None or len(ent) < 2 or ent.label_ not in _PLACE_LABELS:
        return False
    part = len(words) >= 2 and key(span[0].text) in words
    if not part and (entry.kind != "state" or key(span[0].text) in words):
        return False
    hit = gazetteer.lookup(ent.text)
    if hit is None or not hit.bears(ent.text):
        return False
    return part or (hit.kind == "region" and hit.country != getattr(entry, "country", None))


def region_follows(gazetteer: Any, span: Sequence[Token], entry: Any) -> bool:
    """Whether the one word ``span``, only a part of the actor's longer name ("Salvador" of El
    Salvador), is followed by ", Region" where that first-level region holds a town of that name
    ("in Salvador, Bahia"): the town, no actor (as :mod:`.region_towns` then places it)."""
    words = key(str(entry.name)).split()
    if gazetteer is None or len(span) != 1 or len(words) < 2 or key(span[0].text) not in words:
        return False
    doc, i = span[0].doc, span[0].i
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    end = i + 2
    while end < len(doc) and doc[end].is_title:
        end += 1
    region = doc[i + 2 : end].text
    return bool(region) and any(
        town_in(gazetteer, span[0].text, region, c) is not None for c in gazetteer.countries_of_name(region)
    )
