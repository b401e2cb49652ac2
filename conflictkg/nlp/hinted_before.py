"""A place named again without the hint it was first named with: "near Orikhove, Luhansk. ... near
Orikhove": the second mention is the Orikhove the first one placed, not a namesake found afresh
(round enloc88). Also where an area's actors ("the OSCE SMM": Donbas) rank a bare name's namesakes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place
    from conflictkg.model import Location

_NAME, _ALT = 0, 4  # the name and the hint in the extractor's place-cache keys


def placed_once(
    gaz: Gazetteer,
    ref: dict[str, Any],
    got: Location | None,
    area: Place | None,
    cache: dict[tuple[Any, ...], Location | None],
) -> Location | None:
    """The location of ``ref``: that of an earlier mention of the same name set with a hint ("X, Y",
    "X (Y)") when ``ref`` has none of its own and is no capture of a place unknown; else ``got``,
    ranked by the actors' area when there is one."""
    if not ref.get("alt") and not ref.get("within") and not ref.get("descriptor"):
        earlier = [
            loc for k, loc in cache.items()
            if k[_NAME] == ref["name"] and k[_ALT] and loc is not None and loc.lat is not None
        ]  # fmt: skip
        if earlier and (got is None or got.country == earlier[0].country):
            return earlier[0]
    return gaz.in_area(ref["name"], got, area) if area and not ref.get("alt") else got
