"""The short name of a first-level subdivision whose ISO 3166-2 name carries a suffix after " de "
("Michoacán de Ocampo", "Veracruz de Ignacio de la Llave", "Coahuila de Zaragoza"), as news and ACLED
write it ("Michoacan", "Veracruz", "Coahuila"): the part before " de ", kept only when GeoNames names one
of the country's first-level subdivisions so (``data/places/admin1_names.tsv``) — "Norte de Santander"
or "Santiago de Cuba" keep their whole name, GeoNames writing them whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.knowledge.regions import region_codes
from conflictkg.textkeys import key, loose

if TYPE_CHECKING:
    from conflictkg.knowledge.place_data import Admin

_LINK = " de "
_MIN_LETTERS = 4


def admin_short_name(name: str, country: str, top: bool) -> str | None:
    """The short name of the subdivision ``name`` of ``country`` (ISO3), or None: first-level only,
    the part before its first " de ", of 4 letters or more, which GeoNames names a subdivision of that
    country by. Whether another subdivision of the country bears it, ``admin_indexes`` checks."""
    if not top or _LINK not in name:
        return None
    short = name.split(_LINK, 1)[0].strip()
    if len(loose(short).replace(" ", "")) < _MIN_LETTERS or not region_codes(short, country):
        return None
    return short


def names_admin(admin: Admin, k: str) -> bool:
    """Whether the key ``k`` is the subdivision's very name, or its short name ("michoacan")."""
    short = admin_short_name(admin.name, admin.country, admin.top)
    return k == key(admin.name) or (short is not None and k == key(short))


__all__ = ["admin_short_name", "names_admin"]
