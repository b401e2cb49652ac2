"""Generic actors: groups named by what they are, not who ("des manifestants", "gunmen", "civils").

They become the generic actor of the article's country under ACLED's names ("Protesters (Mali)",
"Civilians (Mali)", "Unidentified Armed Group (Mali)"), with the ACLED importer's id scheme
(:meth:`conflictkg.structured.resolver.Resolver.new_actor`), so both sources meet on one node.
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictkg.model import slug
from conflictkg.textkeys import strip_accents

_GROUPS = {
    "protesters": ("Protesters", "protesters"),
    "civilians": ("Civilians", "civilians"),
    "armed": ("Unidentified Armed Group", "armed_group"),
}


@dataclass(frozen=True)
class GenericEntry:
    """Quacks like a KB entry for the mention finder."""

    id: str
    name: str
    kind: str
    country: str | None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    member_of: str | None = None
    role: str | None = None


def generic_entry(group: str, iso3: str | None, country_name: str | None) -> GenericEntry:
    base, kind = _GROUPS[group]
    name = f"{base} ({country_name})" if country_name else base
    ident = f"actor:{slug(strip_accents(name))}"
    if group == "armed" and iso3:
        ident += f"-{iso3.lower()}"  # ACLED's placeholders are scoped to the event's country
    return GenericEntry(ident, name, kind, iso3, None, (name, base.lower()))


def record(e: GenericEntry) -> dict[str, object]:
    return {
        "id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": None,
        "aliases": list(e.aliases), "member_of": None, "role": None,
    }  # fmt: skip
