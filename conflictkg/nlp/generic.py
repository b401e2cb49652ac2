"""Generic actors: groups named by what they are, not who ("des manifestants", "gunmen", "civils",
"soldiers", "la police").

They become the generic actor of a country under ACLED's names ("Protesters (Mali)", "Civilians
(Mali)", "Unidentified Armed Group (Mali)", "Police Forces of Kenya", "Military Forces of Mozambique"),
with the ACLED importer's id scheme (:meth:`conflictkg.structured.resolver.Resolver.new_actor`), so both
sources meet on one node. The classes and their names are data (``data/lexicons/groups.json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from conflictkg.knowledge.acled_countries import acled_country_name
from conflictkg.knowledge.kb_data import ActorEntry
from conflictkg.knowledge.packaged import packaged_json
from conflictkg.model import slug
from conflictkg.textkeys import strip_accents


@cache
def classes() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = packaged_json(
        "conflictkg.knowledge", "data", "lexicons", "groups.json"
    )["classes"]
    return data


@cache
def the_countries() -> frozenset[str]:
    groups = packaged_json("conflictkg.knowledge", "data", "lexicons", "groups.json")
    return frozenset(groups.get("the_countries", []))


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
    group: str | None = None  # the class of groups.json
    own: bool = False  # the country comes from the phrase itself ("Malian soldiers"), not the context;
    # own with no country: the phrase says the group is of no one country ("soldats de la coalition")
    words: tuple[str, ...] = ()  # the noun's phrases naming a KB actor in a country (country_generics)


def generic_entry(
    group: str, iso3: str | None, country_name: str | None, kb: Any = None, own: bool = False
) -> GenericEntry:
    """The generic actor of ``group`` (a class of groups.json) in a country (or none)."""
    spec = classes()[group]
    if spec.get("home_country"):  # "des colons" in the West Bank: Settlers (Israel), wherever they act
        iso3, country_name = spec["home_country"]["iso3"], spec["home_country"]["name"]
    country_name = acled_country_name(iso3) or country_name  # ACLED's name: "DR Congo" is not its
    if country_name and spec["name"].endswith("of {country}") and country_name in the_countries():
        country_name = f"the {country_name}"
    name = spec["name"].format(country=country_name) if country_name else spec["bare"]
    if kb is not None and iso3 and spec.get("kb_military"):
        forces = kb_forces(kb, name)
        if forces is not None:
            aliases = tuple(dict.fromkeys([*forces.aliases, name]))
            f = forces
            return GenericEntry(f.id, f.name, f.kind, f.country, f.wikidata, aliases, group=group, own=own)
    ident = f"actor:{slug(strip_accents(name))}"
    if spec.get("scoped") and iso3 and not country_name:
        ident += f"-{iso3.lower()}"  # a placeholder without its country is scoped to the event's
    return GenericEntry(
        ident, name, spec["kind"], iso3, None, (name, spec["bare"].lower(), *spec.get("aliases", [])),
        group=group, own=own,
    )  # fmt: skip


def kb_forces(kb: Any, name: str) -> Any:
    """The KB's actor whose exact name or alias is ``name`` ("Military Forces of Nigeria")."""
    hit = kb._exact_or_acronym(name) if hasattr(kb, "_exact_or_acronym") else None
    return hit if hit is not None and hit.kind != "state" else None


def record(e: GenericEntry) -> dict[str, object]:
    return {
        "id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
        "aliases": list(e.aliases), "member_of": None, "role": None, "group": e.group, "own": e.own,
        "words": list(e.words),
    }  # fmt: skip


def kb_record(e: ActorEntry) -> dict[str, object]:
    """The record of a curated knowledge-base actor (a state, a named group) the text names."""
    return {
        "id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
        "aliases": list(e.aliases), "member_of": None, "role": None, "group": None, "own": False,
    }  # fmt: skip


def placed(rec: dict[str, Any] | None, iso3: str | None, kb: Any) -> dict[str, object] | None:
    """The record of a generic group with no country of its own (none, or the article's), scoped to
        the country of the place it acted in ("des insurgés ... dans la province de Kandahar"), or None
        when it needs none. A scoped placeholder named by a demonym takes the place's country too ("des
        jihadistes tunisiens ... à Alep": ACLED's Unidentified Armed Group (Syria)). A group noun that names
    one curated actor in the place's country is that actor there, as where the article's country is told
    ("les paramilitaires ont attaqué El Fasher": the RSF; nlp/country_generics.py)."""
    spec = classes().get(str(rec.get("group"))) if rec is not None else None
    if rec is None or spec is None or not iso3 or (rec.get("own") and not rec.get("country")):
        return None  # "les soldats de la coalition": of no one country, as the phrase says
    if rec.get("country"):
        own = bool(rec.get("own"))
        demonym_abroad = bool(spec.get("scoped")) and own and rec["country"] != iso3
        if rec["country"] == iso3 or (own and not demonym_abroad):
            return None  # "les rebelles syriens": the text's own country; else the article's gives way
    found = kb.country_generic(iso3, rec.get("words") or ())  # "les paramilitaires" at El Fasher: the RSF
    if found is not None:
        f, group = found, str(rec["group"])
        return record(
            GenericEntry(f.id, f.name, f.kind, f.country, f.wikidata, tuple(f.aliases), group=group)
        )
    state = kb.state(iso3)
    entry = generic_entry(str(rec["group"]), iso3, state.name if state is not None else None, kb)
    return record(entry)


def fires_from_home(records: dict[str, Any], e: dict[str, Any]) -> bool:
    """A placeholder named by a demonym whose act is aimed at another state itself ("Palestinian
    militants fired rockets at Israel", "Lebanese militants shelled an Israeli town": the state the
    target): the group acts from its own country against that one, and keeps its demonym's country
    wherever the act fell; a group fighting abroad against a state's forces or people ("des jihadistes
    tunisiens ont attaqué l'armée à Alep") is still scoped to where it fought (``placed``)."""
    rec, target = records.get(e.get("actor") or ""), records.get(e.get("target") or "")
    spec = classes().get(str(rec.get("group"))) if rec is not None else None
    if rec is None or target is None or spec is None or not spec.get("scoped") or not rec.get("own"):
        return False
    return target.get("kind") == "state" and target.get("country") not in (None, rec.get("country"))


def unidentified(actor_id: object) -> bool:
    """The id of an "Unidentified Armed Group (X)" (``slug`` of ACLED's name), of any country."""
    return str(actor_id).startswith("actor:unidentified")


def scoped_unnamed(rec: dict[str, Any] | None) -> bool:
    """An unnamed group ACLED scopes to the event's country ("les jihadistes à Diabaly": Unidentified
    Armed Group (Mali), whichever state the article named first), not one of the text's own."""
    spec = classes().get(str(rec.get("group"))) if rec is not None else None
    return bool(spec and spec.get("scoped")) and rec is not None and not rec.get("own")


def placed_as_target(rec: dict[str, Any] | None) -> bool:
    """A target that takes the country of the event's place: an unnamed group ACLED scopes there, or
    state forces named with no country at all ("attacked army positions near Palmyra", class flag
    ``bare_target_placed``), or civilians the text gives no country of their own (``victims_placed``)."""
    spec = classes().get(str(rec.get("group"))) if rec is not None else None
    bare = rec is not None and not rec.get("country") and not rec.get("own")
    # civilians of no country the text tells are the victims of where it happened (``victims_placed``)
    victims = rec is not None and not rec.get("own") and bool(spec and spec.get("victims_placed"))
    return scoped_unnamed(rec) or bool(spec and spec.get("bare_target_placed") and bare) or victims


def told_country(
    group: str, t: Any, definite: tuple[str, ...], mentions: list[dict[str, Any]], actors: dict[str, Any]
) -> Any:
    """The country of the last group of this class named with its own before ("trois journalistes
    roumains ... les journalistes": Romanian), which a definite repeat with none refers back to."""
    if not any(c.dep_ == "det" and c.lower_ in definite for c in t.children):
        return None
    told = [actors.get(m["actor"]) or {} for m in mentions if m["start"] < t.i]
    return next((a["country"] for a in reversed(told) if a.get("group") == group and a.get("own")), None)


def unplaced_target(records: dict[str, Any], target: str | None, actor_id: str | None, kb: Any) -> str | None:
    """The unnamed target of an event with no place and no country (its record added to
    ``records``): a state's own army fights at home ("the Nigerian army struck the militants":
    Nigeria's unidentified armed group)."""
    rec, actor = records.get(target or ""), records.get(actor_id or "")
    if (
        not scoped_unnamed(rec)
        or rec is None
        or rec.get("country")
        or actor is None
        or not actor.get("country")
    ):
        return target
    entry = kb.get(str(actor["id"])) if kb is not None else None
    if entry is None or entry.institution != "army":
        return target
    iso3 = str(actor["country"])
    state = kb.state(iso3)
    new = record(generic_entry(str(rec["group"]), iso3, state.name if state is not None else None, kb))
    records[str(new["id"])] = new
    return str(new["id"])
