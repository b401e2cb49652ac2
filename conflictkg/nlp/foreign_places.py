"""What a place reference may take as a name, and which places abroad it may be: no lower-case word
stands for a place hint ("in Omunyjubi in Binya parish": "parish" is no town, and no Paris by its
spelling either), a name is no hint of itself, and a place abroad must be one the article points to."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.gazetteer import Gazetteer, Place
from conflictkg.textkeys import key


def is_name(text: str | None) -> bool:
    """Whether ``text`` is written as a name: it has a capital ("Binya", "al-Hasakeh", "iLembe")."""
    return bool(text) and any(c.isupper() for c in str(text))


def named_hints(ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` without the hints that are no names (a lower-case "alt", "alt2" or "fallback" the
    parser took for one; the second stands in for a first so dropped) nor the place's own name
    again as its only hint ("the village of Aziziyeh" as both); a described place ("the town")
    keeps its common noun."""
    out = dict(ref)
    for k in ("alt", "alt2"):
        if out.get(k) and not is_name(out[k]):
            out[k] = None
    if not out.get("alt") and out.get("alt2"):
        out["alt"], out["alt2"] = out["alt2"], None
    if out.get("alt") and not out.get("alt2") and key(out["alt"]) == key(out.get("name") or ""):
        out["alt"] = None  # "(Rafah, North Sinai)" keeps the town, looked up in the second's country
    fb = out.get("fallback")
    if fb and not fb.get("descriptor") and not is_name(fb.get("name")):
        out["fallback"] = None
    return out


def hint_place(gaz: Gazetteer, name: str, country: str | None) -> Place | None:
    """The place a hint names ("(La Libertad)"): with no country to go by, a name that is the very name
    of subdivisions is one of them, never a town abroad spelt like it once its article is dropped
    ("Libertad", Philippines); of several countries, none (which one is unknown)."""
    hit = gaz.hint(name, country)
    if country or hit is None or hit.kind == "country":
        return hit
    subs = _top_subdivisions(gaz, name)
    if not subs or hit.country in subs:
        return hit
    return gaz.admin_place(next(iter(subs.values()))) if len(subs) == 1 else None


def hinted_country(gaz: Gazetteer, name: str, hint: str) -> str | None:
    """ "in Santa Rosa (La Libertad)": a hint naming subdivisions of several countries (Peru's, El
    Salvador's) names the one of them that has a town so named, when only one has."""
    subs = _top_subdivisions(gaz, hint)
    if len(subs) < 2:
        return None
    found = {c for c in subs if (p := gaz.lookup(name, c)) is not None and p.country == c}
    return next(iter(found)) if len(found) == 1 else None


def _top_subdivisions(gaz: Gazetteer, name: str) -> dict[str, Any]:
    """The first-level subdivisions of that very name, by country ("La Libertad": Peru's, El Salvador's)."""
    return {a.country: a for a in gaz.admins(name) if a.top and key(a.name) == key(name)}
