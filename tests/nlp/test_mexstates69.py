"""Places, round 69 (issue 14): a first-level subdivision whose ISO 3166-2 name carries a suffix after
" de " ("Michoacán de Ocampo", "Coahuila de Zaragoza", "Veracruz de Ignacio de la Llave") is also found
under its short name, the one news and ACLED write, when GeoNames names the country's subdivision so and
no other subdivision of the country bears it (``knowledge/admin_short.py``). Sentences of our own, as
exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import placed

from conflictkg.knowledge.admin_short import admin_short_name
from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.place_data import admin_indexes
from conflictkg.textkeys import loose

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state by its short name, not the hamlet "Michoacán" of Chiapas (574 inhabitants)
        ("On 3 May 2021, gunmen killed two police officers in Michoacan.",
         {("FIGHT", "Michoacán de Ocampo", "MEX")}),
        ("On 9 May 2021, gunmen killed a farmer in Michoacan state.",
         {("ASSAULT", "Michoacán de Ocampo", "MEX")}),
        # nor the hamlet "Coahuila" of Yucatán
        ("On 4 April 2021, soldiers clashed with gunmen in rural Coahuila, killing three.",
         {("FIGHT", "Coahuila de Zaragoza", "MEX")}),
        # the state in brackets still places the town it holds
        ("On 3 May 2021, gunmen killed two police officers in Apatzingan (Michoacan).",
         {("FIGHT", "Apatzingán", "MEX")}),
    ],
)  # fmt: skip
def test_a_state_by_its_short_name(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert placed(text, "en", "2021-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real city of the short name stays the city (Veracruz, the port), as before
        ("On 20 July 2021, residents blocked a highway in Veracruz over water cuts.",
         {("PROTEST", "Veracruz", "MEX")}),
        # a name GeoNames writes whole keeps it whole: "Norte" is no short "Norte de Santander"
        ("On 2 May 2021, gunmen killed a farmer in Cucuta (Norte de Santander).",
         {("ASSAULT", "Cúcuta", "COL")}),
    ],
)  # fmt: skip
def test_no_short_name_over_a_city(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert placed(text, "en", "2021-06-01") == expected


def test_the_short_names_gained(gaz: Gazetteer) -> None:
    by_loose = admin_indexes()[0]
    gained = {
        a.code
        for v in by_loose.values()
        for a in v
        if (short := admin_short_name(a.name, a.country, a.top)) and a in by_loose.get(loose(short), [])
    }
    assert gained == {"MX-COA", "MX-MIC", "MX-VER"}
    assert [a.code for a in gaz.admins("Coahuila", "MEX")] == ["MX-COA"]
    assert gaz.countries_of_name("Michoacan") == {"MEX"}


def test_no_short_name_geonames_lacks_or_another_subdivision_bears(gaz: Gazetteer) -> None:
    # GeoNames writes "Norte de Santander", "Santiago de Cuba", "Ciudad de México" whole
    assert "CO-NSA" not in {a.code for a in gaz.admins("Norte", "COL", named=True)}
    assert "CU-13" not in {a.code for a in gaz.admins("Santiago", "CUB")}
    assert "MX-CMX" not in {a.code for a in gaz.admins("Ciudad", "MEX", named=True)}
    # "Davao de Oro": a province below the Davao region, which bears the name
    assert "PH-COM" not in {a.code for a in gaz.admins("Davao", "PHL")}
