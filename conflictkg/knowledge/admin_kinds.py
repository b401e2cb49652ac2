"""The kind of subdivision a name's suffix says: "Bolivar state" is Venezuela's Bolívar (a state), not
Colombia's (a department) nor Ecuador's (a province). Among the countries a subdivision name points to,
only those whose subdivision of that name is of the kind the suffix names (``admin_suffix_kinds`` in
``places/lexicon.toml``, against the ISO 3166-2 types pycountry gives); when none is, the name keeps
every country it points to (news and ACLED are loose with these words)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from conflictkg.textkeys import key


@lru_cache(maxsize=1)
def _types() -> dict[str, str]:
    import pycountry

    return {s.code: str(s.type).casefold() for s in pycountry.subdivisions}


def suffix_kinds(lex: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The ``admin_suffix_kinds`` table of the places lexicon: suffix word → the ISO types it names."""
    return {
        key(w): frozenset(k.casefold() for k in ks) for w, ks in lex.get("admin_suffix_kinds", {}).items()
    }


def subdivision_type(code: str) -> str | None:
    """The ISO 3166-2 type pycountry gives the subdivision ``code``, case-folded ("regional state")."""
    return _types().get(code)


def of_suffix_kind(
    name: str,
    found: set[str],
    kinds: dict[str, frozenset[str]],
    admins: Callable[[str], Iterable[Any]],
) -> set[str]:
    """``found`` (the countries ``name`` points to) narrowed to those whose subdivision so named is of
    the kind the name's last word says; ``admins``: the subdivisions a bare name can be."""
    toks = key(name).split()
    wanted = kinds.get(toks[-1]) if len(toks) > 1 else None
    if not wanted or len(found) < 2:
        return found
    kept = {
        a.country
        for a in admins(" ".join(toks[:-1]))
        if a.country in found and _types().get(a.code) in wanted
    }
    return kept or found
