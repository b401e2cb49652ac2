"""Generic group nouns that name one curated actor in its own country: "les paramilitaires" in a Sudan
article are the Rapid Support Forces, in a Colombian one an unidentified armed group. The words are the
KB entries' ``country_generic`` data; elsewhere the group stays the country's generic actor."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.generic import GenericEntry, generic_entry
from conflictkg.nlp.name_spans import word_forms

_MODIFIERS = ("amod", "compound", "nmod")


def country_actor(t: Token, country: str | None, kb: Any) -> Any:
    """The KB actor the group noun ``t`` names in ``country``: by the noun ("les paramilitaires") or the
    noun with a modifier, in either order ("forces paramilitaires", "paramilitary forces"), as the
    lexicons' group pairs are written; "paramilitary police" are police unless an entry lists them."""
    return kb.country_generic(country, phrases(t)) if country else None


def phrases(t: Token) -> list[str]:
    """The forms of the group noun ``t`` alone and with each modifier, in either order."""
    forms = word_forms(t)
    near = [c for c in t.children if c.dep_ in _MODIFIERS]
    # a modifier of a modifier, as parsed in "forces paramilitaires soudanaises"
    near += [g for c in near for g in c.children if g.dep_ in _MODIFIERS]
    modifiers = [m for c in near for m in word_forms(c)]
    return [
        *forms,
        *(f"{a} {b}" for a in forms for b in modifiers),
        *(f"{b} {a}" for a in forms for b in modifiers),
    ]


def country_generic_entry(t: Token, group: str, country: str | None, kb: Any, own: bool) -> GenericEntry:
    """The generic actor of the group noun ``t`` in ``country``: the curated actor the noun names there,
    kept as a group of its class (re-scoped where it acts abroad), else the country's generic actor."""
    found = country_actor(t, country, kb)
    if found is not None:
        f, aliases = found, tuple(dict.fromkeys(found.aliases))
        return GenericEntry(f.id, f.name, f.kind, f.country, f.wikidata, aliases, group=group, own=own)
    state = kb.state(country) if country else None
    entry = generic_entry(group, country, state.name if state is not None else None, kb, own=own)
    return replace(entry, words=tuple(phrases(t)))  # the actor it may name where it is placed
