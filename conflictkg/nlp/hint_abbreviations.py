"""A place's last hint written as a short name that is also a common acronym ("in Pipri, Kaushambi
(UP)", "Kolimigundla town (Kurnool, AP)"): the subdivision it stands for, spelt out, when the place
or its other hint lies in that subdivision's country, and no first hint the gazetteer knows places it
already (``admin1_hint_names.tsv``; round enloc89)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.admin_abbreviations import hint_admins

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer


def spelt_hint(gaz: Gazetteer, ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` with its last hint spelt out when it is such a short name."""
    last = "alt2" if ref.get("alt2") else "alt"
    short = ref.get(last)
    admins = hint_admins(str(short)) if short and not ref.get("descriptor") else []
    if not admins or (last == "alt2" and gaz.lookup(str(ref["alt"])) is not None):
        return ref  # "(Kurnool, AP)": the known district places the town, whatever the state
    others = [str(ref.get(k)) for k in ("name", "alt") if k != last and ref.get(k)]
    countries: set[str] = set()
    for other in others:
        countries |= gaz.countries_of_name(other)
        countries |= {c for c in (gaz.town_country(other),) if c}
    spelt = next((a for a in admins if a.country in countries), None)
    return {**ref, last: spelt.name} if spelt is not None else ref
