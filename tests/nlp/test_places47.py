"""Places, round 47 (issue 14): a town written with its first-level region after a comma ("Town,
Region,") is the town inside that region, whatever the parser makes of the region (a subject, an
organisation, a compound of "state"); a region spelt otherwise than its official name still tells
namesakes apart; a place NER read with its country ("Nis, Serbia") is that country's town; a list
of towns is no address. Sentences of our own, as exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import facts, placed

from conflictkg.textkeys import haversine_km

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region NER calls an organisation: the Brazilian city, never the country El Salvador
        ("In Salvador, Bahia, bus drivers staged a protest on Monday over unpaid wages.",
         {("PROTEST", "Salvador", "BRA")}),
        # a region read as the clause's subject
        ("In Ocosingo municipality, Chiapas, gunmen attacked a village.",
         {("FIGHT", "Ocosingo", "MEX")}),
        # the town's own spelling kept when the region holds it
        ("On Friday, in Juina, Mato Grosso, a farmer was shot dead by unknown gunmen.",
         {("ASSAULT", "Juína", "BRA")}),
        # a region pycountry spells "Coahuila de Zaragoza" / "Michoacán de Ocampo"
        ("In Castanos, Coahuila, factory workers protested over unpaid salaries.",
         {("PROTEST", "Castaños", "MEX")}),
        ("In Arantepacua, Michoacan, students blocked a road with a burning bus.",
         {("PROTEST", "Arantepacua", "MEX")}),
        # NER's "Nis, Serbia" is Serbia's town
        ("Police arrested twelve teachers in Nis, Serbia, on Tuesday.", {("COERCE", "Niš", "SRB")}),
        # a list of towns is no address: the first town, not a town of the second's region
        ("Rebels shelled Gao, Timbuktu, and Kidal on Sunday.", {("FIGHT", "Gao", "MLI")}),
        # a group or a person after the comma is no region
        ("In Kabul, Taliban fighters attacked a police checkpoint.", {("FIGHT", "Kabul", "AFG")}),
        ("In Paris, Macron, who spoke on television, condemned the attack on the embassy.",
         {("ACCUSE", "Paris", "FRA")}),
    ],
)  # fmt: skip
def test_a_town_with_its_region(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert placed(text, "en", "2020-05-10") == expected


def _spot(text: str) -> tuple[str, str | None, float, float]:
    f = facts(text, "en", "2020-05-10")
    located = {loc.id: loc for loc in f.locations}
    (spot,) = {e.location_id for e in f.events if e.location_id}
    loc = located[spot]
    assert loc.lat is not None and loc.lon is not None
    return loc.name, loc.country, loc.lat, loc.lon


def test_a_region_state_tells_namesakes_apart() -> None:
    name, country, lat, lon = _spot("In San Carlos, Cojedes state, police arrested ten inmates.")
    assert (name, country) == ("San Carlos", "VEN")
    assert haversine_km(lat, lon, 9.66, -68.58) < 30  # Cojedes's, not San Carlos del Zulia


def test_an_unknown_namesake_lies_at_the_town_named_after_it() -> None:
    # the district town after the comma is where the village lies, not a namesake 600 km away
    name, country, lat, lon = _spot("Two farmers were killed in a brawl in Jalalpur, Shamli, on Sunday.")
    assert (name, country) == ("Jalalpur", "IND")
    assert haversine_km(lat, lon, 29.45, 77.31) < 30


def test_the_mission_area_ranks_namesakes_inside_it() -> None:
    # the OSCE mission's area (Donbas): of two villages so named inside it, the one nearer its
    # centre, not the bigger one farther out
    name, country, lat, lon = _spot("The OSCE SMM counted four explosions near Opytne on Tuesday.")
    assert (name, country) == ("Opytne", "UKR")
    assert haversine_km(lat, lon, 48.10, 37.72) < 10


def test_a_town_before_its_bracketed_region_is_the_place() -> None:
    # the parser takes "Los Lagos" for the locative's noun and the town for its modifier
    for text in (
        "On 6 May 2020, in Osorno (Los Lagos), teachers protested against unpaid wages.",
        "In Osorno (Los Lagos), bus drivers protested against new fares.",
    ):
        assert placed(text, "en", "2020-05-10") == {("PROTEST", "Osorno", "CHL")}
