"""Acronyms more than one actor of the KB has ("AA": Anadolu Agency in Turkey, Arakan Army in
Myanmar): the KB resolves a mention to one of them, memoised per text; once an article's mentions are
all found, the article's country, or else the countries of its places and other actors, pick."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from conflictkg.nlp.name_spans import place_ent


def place_countries(gazetteer: Any, doc: Doc, covered: dict[int, int]) -> Counter[str]:
    """The countries of the places NER found, however small (a hint, not the article's country)."""
    if gazetteer is None:
        return Counter()
    found = (gazetteer.lookup(e.text) for e in doc.ents if place_ent(e) and e.start not in covered)
    return Counter(p.country for p in found if p is not None and p.country)


def settle_rival_acronyms(
    kb: Any,
    mentions: list[dict[str, Any]],
    actors: dict[str, Any],
    country: str | None,
    place_hints: Callable[[], Counter[str]],
    entry_dict: Callable[[Any], dict[str, Any]],
) -> None:
    """Each mention of a shared acronym becomes the rival of ``country``, or else of the country most
    of the other actors and places have; the rival no mention keeps leaves ``actors``."""
    shared = [(m, kb.rivals(m["text"])) for m in mentions]
    shared = [(m, rivals) for m, rivals in shared if rivals]
    if not shared:
        return
    hints = Counter(
        actors[m["actor"]]["country"]
        for m in mentions
        if not kb.rivals(m["text"]) and actors.get(m["actor"], {}).get("country")
    )
    hints.update(place_hints())  # read only for an article that names a shared acronym
    ranked = [country] if country else []
    ranked += [c for c, _ in hints.most_common() if c != country]
    for m, rivals in shared:
        entry = next((e for c in ranked for e in rivals if e.country == c), None)
        if entry is not None and entry.id != m["actor"]:
            m["actor"], m["kind"] = entry.id, entry.kind
            actors.setdefault(entry.id, entry_dict(entry))
    kept = {m["actor"] for m in mentions} | {m["org"] for m in mentions if m["org"]}
    for e in {e for _, rivals in shared for e in rivals}:
        if e.id not in kept:
            actors.pop(e.id, None)
