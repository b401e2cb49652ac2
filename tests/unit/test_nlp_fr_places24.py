"""Places of the 2012 wars in Mali, Syria and Afghanistan as French news spells them (issue 14):
curated towns GeoNames lacks (data/places/towns.toml) resolve, in sentences too; exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

from conflictkg.knowledge.gazetteer import Gazetteer, distance_km

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Konna", "MLI", 14.95, -3.89),
        ("Sévaré", "MLI", 14.53, -4.10),
        ("Sevare", "MLI", 14.53, -4.10),
        ("Léré", "MLI", 15.71, -4.91),
        ("Diabaly", "MLI", 14.69, -6.02),
        ("Boni", "MLI", 15.05, -2.22),  # was Bonn (Germany) by a loose match
        ("Baba Amr", "SYR", 34.72, 36.69),
        ("Anadan", "SYR", 36.29, 37.04),
        ("Surobi", "AFG", 34.59, 69.76),
        ("Nijrab", "AFG", 35.00, 69.60),
        ("vallée d'Uzbin", "AFG", 34.65, 69.85),
        ("Camp Bastion", "AFG", 31.86, 64.22),
        ("Bagram", "AFG", 34.95, 69.26),  # not Bagrami by Kabul
    ],
)  # fmt: skip
def test_war_towns_resolve(gz: Gazetteer, name: str, country: str, lat: float, lon: float) -> None:
    place = gz.lookup(name, country, "fr")
    assert place is not None and place.country == country, name
    assert distance_km((place.lat or 0, place.lon or 0), (lat, lon)) < 5, name


def test_a_local_town_beats_a_curated_namesake_abroad(gz: Gazetteer) -> None:
    nigerian = gz.lookup("Lere", "NGA", "en")
    assert nigerian is not None and nigerian.country == "NGA"
    malian = gz.lookup("Lere", "MLI", "fr")
    assert malian is not None and malian.country == "MLI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les jihadistes se sont emparés de Sévaré mardi.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Sévaré")}),
        ("Les islamistes se sont emparés de Konna dans la nuit.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Konna")}),
        ("Un soldat français a été tué dans la vallée d'Uzbin.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "French Armed Forces", "Uzbin valley")}),
        ("Les soldats français ont tué deux insurgés près de Nijrab.",
         {("French Armed Forces", "FIGHT", "Unidentified Armed Group (Afghanistan)", "Nijrab")}),
        ("L'armée syrienne a bombardé Baba Amr.",
         {("Syrian Arab Army", "FIGHT", None, "Baba Amr")}),
    ],
)  # fmt: skip
def test_war_towns_in_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
