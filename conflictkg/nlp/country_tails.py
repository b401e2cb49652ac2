"""A place name NER read together with its country ("Nis, Serbia" as one entity): the place is the
name before the comma, in that country -- never an unknown place spelt with a comma. A place under a
country heading (``section_country``: nlp/events/section_countries.py) is that country's when it has
a place of that very name ("Sinjar" under "Iraq")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.nlp.deeper_hints import deeper_hint
from conflictkg.nlp.hint_abbreviations import spelt_hint
from conflictkg.nlp.region_asides_places import town_in_region_aside
from conflictkg.nlp.region_hints import told_region

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer


def country_tail(gaz: Gazetteer, ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` named without a trailing ", Country", that country its own when it had none; first its
    hints read: an acronym-like short name spelt out (nlp/hint_abbreviations.py), the widest hint when
    the first two are unknown (nlp/deeper_hints.py), a region told before it (nlp/region_hints.py), a
    region set off after an unknown town (nlp/region_asides_places.py)."""
    ref = told_region(gaz, deeper_hint(gaz, spelt_hint(gaz, town_in_region_aside(gaz, ref))))
    name = ref.get("name")
    if name and ref.get("section_country") and not (ref.get("descriptor") or ref.get("country")):
        hit = gaz.lookup(str(name), ref["section_country"])
        if hit is not None and hit.country == ref["section_country"] and hit.bears(str(name)):
            return {**ref, "country": ref["section_country"]}
    if not name or ref.get("descriptor") or ", " not in name:
        return ref
    head, _, tail = str(name).rpartition(", ")
    iso3 = gaz.lookup_country_name(tail) if head.strip() else None
    if iso3 is None:
        return ref
    return {**ref, "name": head.strip(), "country": ref.get("country") or iso3}
