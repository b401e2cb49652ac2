"""A state an institution acts on is not whose institution it is: "The government accused Rwanda of
backing rebels" names the accuser's government, not Rwanda's, even when Rwanda is the only state
the article names (then the government is the one of the article's other country, or unresolved)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.nlp.name_spans import place_ent

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def faced_countries(
    doc: Doc, noun: Token, mentions: list[dict[str, Any]], actors: dict[str, Any]
) -> set[str]:
    """The countries (ISO3) of the states that are the object of the verb ``noun`` is subject of."""
    if noun.dep_ not in SUBJECT_DEPS:
        return set()
    return state_countries(doc, mentions, actors, OBJECT_DEPS, noun.head)


def state_countries(
    doc: Doc, mentions: list[dict[str, Any]], actors: dict[str, Any], deps: frozenset[str], verb: Token
) -> set[str]:
    """The countries (ISO3) of the states mentioned as a ``deps`` dependent of ``verb``."""
    out = set()
    for m in mentions:
        a, head = actors.get(m["actor"]), doc[m["head"]]
        if a and a["kind"] == "state" and a["country"] and head.dep_ in deps and head.head.i == verb.i:
            out.add(a["country"])
    return out


def unfaced_country(
    iso3: str | None, faced: set[str], doc: Doc, covered: dict[int, int], gazetteer: Any
) -> str | None:
    """``iso3`` unless it is a faced state's, or None beside one; then the country of the places the
    text names that is none of them ("Clashes shook North Kivu. The government accused Rwanda of
    ...": DR Congo's), else None: never the government of the state it acts on."""
    if not faced or (iso3 is not None and iso3 not in faced):
        return iso3
    counts: dict[str, int] = {}
    for ent in doc.ents if gazetteer is not None else ():
        place = gazetteer.lookup(ent.text) if place_ent(ent) and ent.start not in covered else None
        if place is not None and place.country and place.country not in faced:
            counts[place.country] = counts.get(place.country, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None
