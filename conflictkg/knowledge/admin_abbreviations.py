"""First-level subdivisions by the short names news writes them with ("J&K", "AJK", "KPK"), from
``data/places/admin1_short_names.tsv``: matched as written, case and signs kept, for they are too
short for the loose keys the subdivisions are indexed by; and those whose short name is also a common
acronym ("UP", "AP"), from ``admin1_hint_names.tsv``, read only as a place's hint."""

from __future__ import annotations

import csv
from functools import lru_cache

from conflictkg.knowledge.geonames import data_dir
from conflictkg.knowledge.place_data import Admin, admin_indexes


@lru_cache(maxsize=2)
def _short_names(file: str = "admin1_short_names.tsv") -> dict[str, tuple[Admin, ...]]:
    by_code = {a.code: a for got in admin_indexes()[0].values() for a in got}
    out: dict[str, tuple[Admin, ...]] = {}
    with (data_dir() / "places" / file).open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 2 and not row[0].startswith("#") and row[1] in by_code:
                out[row[0]] = (*out.get(row[0], ()), by_code[row[1]])
    return out


def abbreviated_admins(name: str, country: str | None = None) -> list[Admin]:
    """The subdivisions (of ``country`` when given) the name, as written, is the short name of."""
    return [a for a in _short_names().get(name.strip(), ()) if country in (None, a.country)]


def hint_admins(name: str) -> list[Admin]:
    """The subdivisions a short name that is also a common acronym ("UP") names as a place's hint."""
    return list(_short_names("admin1_hint_names.tsv").get(name.strip(), ()))


__all__ = ["abbreviated_admins", "hint_admins"]
