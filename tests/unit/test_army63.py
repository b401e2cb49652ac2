"""A country's generic army ("l'armée", "the troops" with the country known) and ACLED's "Military Forces
of X (YEAR-)" meet on the knowledge base's own army of that country, for every army the KB has."""

from __future__ import annotations

from typing import Any

import pytest

from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.nlp.generic import generic_entry
from conflictkg.structured.resolver import FORCES, Resolver, country_iso3


@pytest.fixture(scope="module")
def kb() -> Any:
    return KnowledgeBase.load()


def _armies(kb: Any) -> list[Any]:
    return [e for e in kb.entries() if "army" in (e.institution or "").split()]


def _acled_aliases(entry: Any) -> list[str]:
    """ACLED's undated name of the entry's own country's forces ("Military Forces of Somalia")."""
    out = []
    for alias in entry.aliases:
        m = FORCES.match(alias)
        undated = m is not None and not m["faction"] and not m["range"]
        if undated and m is not None and country_iso3(m["country"].removeprefix("the ")) == entry.country:
            out.append(alias)
    return out


def test_every_state_army_carries_its_acled_alias(kb: Any) -> None:
    armies = _armies(kb)
    assert len(armies) >= 20
    missing = sorted(str(e.country) for e in armies if not _acled_aliases(e))
    assert missing == []


def test_text_generic_army_is_the_kb_army(kb: Any) -> None:
    wrong = []
    for e in _armies(kb):
        state = kb.state(e.country)
        text = generic_entry("military", e.country, state.name if state is not None else None, kb)
        if text.id != e.id:
            wrong.append((e.country, text.name))
    assert wrong == []


def test_acled_forces_of_any_period_are_the_kb_army(kb: Any) -> None:
    resolver = Resolver(kb=kb, gazetteer=False)
    wrong = []
    for e in _armies(kb):
        for alias in _acled_aliases(e):
            for period in ("2000-", "2016-", "2019-2023"):
                got = resolver.acled_actor(f"{alias} ({period})", "state", e.country)
                if got.id != e.id:
                    wrong.append((alias, period, got.name))
    assert wrong == []


@pytest.mark.parametrize(
    ("acled", "iso3", "army"),
    [
        ("Military Forces of the Central African Republic (2016-)", "CAF", "Central African Armed Forces"),
        ("Military Forces of the Democratic Republic of Congo (2019-)", "COD",
         "Armed Forces of the Democratic Republic of the Congo"),
        ("Military Forces of Democratic Republic of Congo (2001-)", "COD",
         "Armed Forces of the Democratic Republic of the Congo"),
        ("Military Forces of Somalia (2017-)", "SOM", "Somali National Army"),
        ("Military Forces of Syria (2000-)", "SYR", "Syrian Arab Army"),
        ("Military Forces of Iraq (2018-)", "IRQ", "Iraqi Security Forces"),
    ],
)  # fmt: skip
def test_acled_names_as_written(kb: Any, acled: str, iso3: str, army: str) -> None:
    resolver = Resolver(kb=kb, gazetteer=False)
    assert resolver.acled_actor(acled, "state", iso3).name == army


def test_a_faction_of_the_forces_is_not_the_army(kb: Any) -> None:
    """Negative: a named unit after the period stays its own actor."""
    resolver = Resolver(kb=kb, gazetteer=False)
    got = resolver.acled_actor("Military Forces of Somalia (2017-) Coastal Watch Unit", "state", "SOM")
    assert got.name != "Somali National Army"


def test_a_country_without_a_kb_army_keeps_acled_generic_node(kb: Any) -> None:
    """Negative: no KB army for Kenya, so text and ACLED meet on ACLED's generic name."""
    resolver = Resolver(kb=kb, gazetteer=False)
    text = generic_entry("military", "KEN", "Kenya", kb)
    record = resolver.acled_actor("Military Forces of Kenya (2013-)", "state", "KEN")
    assert (text.id, record.id) == ("actor:military-forces-of-kenya", "actor:military-forces-of-kenya")


def test_country_generic_words_name_the_entry_in_its_country_only(kb: Any) -> None:
    rsf = kb.country_generic("SDN", ["paramilitaries", "paramilitary"])
    assert rsf is not None and rsf.name == "Rapid Support Forces"
    assert kb.country_generic("SDN", ["force paramilitaire"]).name == "Rapid Support Forces"
    # negative: another country, another word, no country
    assert kb.country_generic("COL", ["paramilitary"]) is None
    assert kb.country_generic("SDN", ["jihadist", "police"]) is None
    assert kb.country_generic(None, ["paramilitary"]) is None
