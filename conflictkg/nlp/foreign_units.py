"""A quarter or an area ("Cabanas neighbourhood", "Afar area") is never a whole province of another
country: with the note's country known (Colombia, Yemen), El Salvador's Cabañas department or
Ethiopia's Afar region is a namesake, not the place meant."""

from __future__ import annotations

from typing import Any


def unit_abroad(ref: dict[str, Any], hit: Any, country: str | None) -> Any:
    """``hit`` unless the name is called a quarter or an area (``kind`` "district") and ``hit`` is a
    subdivision (ISO 3166-2, not a curated district such as Helmand's "Nawa district") of a country
    other than ``country``: then None."""
    if hit is None or country is None or ref.get("kind") != "district" or not hit.id.startswith("loc:admin:"):
        return hit
    return None if hit.country not in (None, country) else hit
