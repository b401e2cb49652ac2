"""A place named with its kind ("le district de Nawa", "Nawa district"): when a curated place bears
the name written with that kind, that is the name to look up ("Nawa district" is Helmand's
Nawa-i-Barakzayi, while a bare "Nawa" may be Syria's town). So is a place written after an adjective
a curated place bears in its name ("the western Ghouta": Western Ghouta, not the eastern one a bare
"Ghouta" is; nlp/events/compass_names.compass_word), and a country after a compass word ("northern
Iraq"), which the gazetteer reads as that part of the country."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.compass_regions import has_bearing
from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.lexicon import shared_words

KEPT_KINDS = shared_words("kept_place_kinds")


def kind_named(gaz: Gazetteer, ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` named as its curated place is when its kind makes part of that name, else itself."""
    name, kind, compass = ref.get("name"), ref.get("kind"), ref.get("compass")
    # "northern Iraq": that part of the country (knowledge/compass_regions.py)
    written = f"{compass} {name}"
    if (
        name
        and compass
        and not ref.get("descriptor")
        and (gaz.curated_named(written) or (has_bearing(compass) and gaz.lookup_country_name(name)))
    ):
        return dict(ref, name=written)
    if not name or kind not in KEPT_KINDS or ref.get("descriptor"):
        return ref
    full = f"{name} {kind}"
    return dict(ref, name=full) if gaz.curated_named(full) is not None else ref
