"""The text's generic actors and the ACLED importer name one group of one country with one id."""

from __future__ import annotations

from typing import Any

import pytest

from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.nlp.generic import generic_entry
from conflictkg.structured.resolver import Resolver, country_name

# ACLED's name of each class of groups.json, and the kind its inter code gives
ACLED_NAMES = {
    "protesters": ("Protesters ({c})", "protesters"),
    "rioters": ("Rioters ({c})", "rioters"),
    "civilians": ("Civilians ({c})", "civilians"),
    "armed": ("Unidentified Armed Group ({c})", "armed_group"),
    "militia": ("Unidentified Communal Militia ({c})", "armed_group"),
    "military": ("Military Forces of {c} (2013-)", "state"),
    "police": ("Police Forces of {c} (2013-)", "state"),
}
COUNTRIES = {
    "KEN": "Kenya", "MLI": "Mali", "SYR": "Syria", "NGA": "Nigeria", "TUR": "Turkey", "BRA": "Brazil",
    "USA": "the United States",
}  # fmt: skip


@pytest.fixture(scope="module")
def kb() -> Any:
    return KnowledgeBase.load()


@pytest.mark.parametrize("group", sorted(ACLED_NAMES))
def test_generic_actor_and_acled_record_meet(kb: Any, group: str) -> None:
    resolver = Resolver(kb=kb, gazetteer=False)
    pattern, kind = ACLED_NAMES[group]
    for iso3, acled_country in COUNTRIES.items():
        if "({c})" in pattern:
            acled_country = acled_country.removeprefix("the ")
        text = generic_entry(group, iso3, country_name(iso3), kb)
        record = resolver.acled_actor(pattern.format(c=acled_country), kind, iso3)
        assert (record.id, record.country) == (text.id, text.country), (group, iso3)


def test_forces_names() -> None:
    kb = KnowledgeBase.load()
    resolver = Resolver(kb=kb, gazetteer=False)
    # the KB's army, under an ACLED date range it does not list
    assert resolver.acled_actor("Military Forces of Syria (2010-)", "state", "SYR").name == "Syrian Arab Army"
    kenya = generic_entry("military", "KEN", "Kenya", kb)
    assert (kenya.id, kenya.name, kenya.kind) == (
        "actor:military-forces-of-kenya",
        "Military Forces of Kenya",
        "military",
    )
    # a placeholder that names its country is not scoped again; a bare one is, by the event's country
    assert generic_entry("armed", "LBY", "Libya").id == "actor:unidentified-armed-group-libya"
    assert generic_entry("armed", "LBY", None).id == "actor:unidentified-armed-group-lby"
