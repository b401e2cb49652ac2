"""The widest hint of a place set in an unknown container ("Lalpur village of Bhagabanpur area
(East Midnapore district, West Bengal)"): when the gazetteer knows neither the container nor the
first name of its bracket, the last name of that bracket ("West Bengal") is the hint that places the
place, a namesake inside it or, none there, the place where that unit is; only a first-level region,
and only when the clause names no other place to frame it (round enloc89)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.regions import contains

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer


def deeper_hint(gaz: Gazetteer, ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` with its third hint as its only one when the first two are unknown to the gazetteer."""
    alt, alt2, alt3 = ref.get("alt"), ref.get("alt2"), ref.get("alt3")
    if not (alt and alt2 and alt3) or ref.get("descriptor") or ref.get("fallback"):
        return ref
    if gaz.lookup(str(alt)) is not None or gaz.lookup(str(alt2)) is not None:
        return ref
    tops = [a for a in gaz.admins(str(alt3)) if a.top]
    if not tops:
        return ref  # only a first-level region ("West Bengal"), never a namesake town ("Delta")
    hit = gaz.lookup(str(ref["name"]), tops[0].country)
    if hit is not None and contains(gaz, gaz.admin_place(tops[0]), hit):
        return ref  # the gazetteer's place already lies in that region ("Tilak Nagar", Maharashtra)
    return {**ref, "alt": alt3, "alt2": None}
