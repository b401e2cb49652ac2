"""The article's country where a foreign force acts (issue 14, round focus72): a first-level
subdivision the text names (GeoNames' admin1 names: "Kherson", "Odesa", "Donetsk region", "la région
de Donetsk") is a sign of its country, and named with its unit word it is no namesake town of the
attacking force's country (Russia has a Donetsk of its own). A bare name still goes to the actors'
namesake ("Palma" beside Mozambican troops), and a country's word for a unit alone is no sign."""

from __future__ import annotations

from collections import Counter

import pytest
from unit._extract import placed

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.nlp.admin1_signs import bare_admin_name, name_sign

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Donetsk region", "Donetsk"),
        ("région de Koursk", "Koursk"),
        ("Kherson oblast", "Kherson"),
        ("Hasakah province", "Hasakah"),
        ("Donetsk", None),
        ("Pokrovsk", None),
    ],
)
def test_bare_admin_name(name: str, base: str | None) -> None:
    assert bare_admin_name(name) == base


@pytest.mark.parametrize(
    ("name", "names", "actors", "sign"),
    [
        # named as a region, the subdivision's country, whoever attacks there
        ("Donetsk", ["Donetsk", "Donetsk region"], {"RUS": 1}, ("UKR", 2)),
        ("Donetsk région", ["Donetsk région"], {"RUS": 1}, ("UKR", 2)),
        ("région de Koursk", ["région de Koursk"], {"UKR": 1}, ("RUS", 2)),
        # bare, an oblast's capital is a sign of Ukraine (pycountry spells the oblast "Khersonska")
        ("Kherson", ["Kherson"], {"RUS": 1}, ("UKR", 2)),
        ("Odesa", ["Odesa"], {"RUS": 1}, ("UKR", 2)),
        ("Nabatieh", ["Nabatieh"], {"ISR": 1}, ("LBN", 2)),
        ("Hasakah province", ["Hasakah province"], {"TUR": 1}, ("SYR", 2)),
        ("North Kivu province", ["North Kivu province"], {"RWA": 1}, ("COD", 2)),
        # ... but a bare name beside one country's actors with a town so called is that town, and a
        # bare region name a big town abroad bears too is the old rules' ("Tripoli": Lebanon's as well)
        ("Donetsk", ["Donetsk"], {"RUS": 1}, ("RUS", 1)),
        ("Tripoli", ["Tripoli"], {"LBN": 1}, None),
        # a unit word of its own is no sign
        ("North region", ["North region"], {}, None),
    ],
)
def test_name_sign(name: str, names: list[str], actors: dict[str, int], sign: tuple[str, int] | None) -> None:
    assert name_sign(Gazetteer.load(), name, names, Counter(actors)) == sign


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les troupes russes ont pris le village de Pokrovsk, dans la région de Donetsk, selon Moscou.",
            "fr",
            {("CAPTURE", "Pokrovsk", "UKR")},
        ),
        (
            "Russian troops took the village of Pokrovsk in the Donetsk region on Friday.",
            "en",
            {("CAPTURE", "Pokrovsk", "UKR")},
        ),
        (
            "Russian drones hit port facilities in Odesa overnight, the governor said.",
            "en",
            {("FIGHT", "Odesa", "UKR")},
        ),
        # the near sentence: the same capture in a Russian region stays in Russia
        (
            "Les troupes ukrainiennes ont pris le village de Soudja, dans la région de Koursk.",
            "fr",
            {("CAPTURE", "Sudzha", "RUS")},
        ),
    ],
)
def test_placed_in_the_region_country(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert placed(text, lang) == expected
