"""Generic actors carry ACLED's country name, so text and ACLED imports meet on one node."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pycountry
import pytest

from conflictkg.knowledge.acled_countries import acled_country_names
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.nlp.generic import generic_entry
from conflictkg.structured.resolver import Resolver, country_iso3

ACLED = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "raw" / "acled"
needs_acled = pytest.mark.skipif(not ACLED.is_dir(), reason="no ../shared/eval/raw/acled")


@cache
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def text_name(group: str, iso3: str) -> str:
    """The generic actor's name as the text side builds it (from the KB's state)."""
    state = kb().state(iso3)
    return generic_entry(group, iso3, state.name if state is not None else None, kb()).name


def test_generic_actors_of_dr_congo_meet_acled_ones() -> None:
    resolver = Resolver(kb(), gazetteer=False)
    for group, iso3, acled_name, kind in [
        ("civilians", "COD", "Civilians (Democratic Republic of Congo)", "civilians"),
        ("protesters", "COD", "Protesters (Democratic Republic of Congo)", "protesters"),
        ("police", "COD", "Police Forces of the Democratic Republic of Congo (2019-)", "state"),
        ("civilians", "COG", "Civilians (Republic of Congo)", "civilians"),
    ]:
        state = kb().state(iso3)
        ours = generic_entry(group, iso3, state.name if state is not None else None, kb())
        assert ours.id == resolver.acled_actor(acled_name, kind, iso3).id


def test_countries_named_alike_keep_their_name() -> None:
    # negative: where ACLED and the KB agree nothing changes
    assert text_name("civilians", "MLI") == "Civilians (Mali)"
    assert text_name("civilians", "TUR") == "Civilians (Turkey)"
    assert text_name("police", "GBR") == "Police Forces of the United Kingdom"
    assert generic_entry("civilians", None, None).name == "Civilians"


def test_every_acled_name_reads_back_to_its_country() -> None:
    """Walk the table: each ACLED name is an ISO country the importer reads back to the same code, and
    differs from the KB's name (else the row is useless)."""
    isos = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for iso3, name in acled_country_names().items():
        assert iso3 in isos
        assert country_iso3(name) == iso3
        state = kb().state(iso3)
        assert state is None or state.name != name
        assert text_name("civilians", iso3) == f"Civilians ({name})"


@needs_acled
def test_generic_names_meet_every_country_of_the_acled_files() -> None:
    countries: set[str] = set()
    for path in sorted(ACLED.glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            countries |= {row["country"] for row in csv.DictReader(fh) if row.get("country")}
    assert len(countries) > 50
    unmet = {c for c in countries if text_name("civilians", country_iso3(c) or "") != f"Civilians ({c})"}
    assert unmet == set()
