"""French war reporting (issue 14), round 58: a gendarmerie placed at the town its complement names,
and dwellers acting where they live, in sentences of our own, as exact (actor, type, target, place)
rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site noun's "de" complement is where the site stands, as for "le commissariat de X"
        ("Des rebelles ont attaqué la gendarmerie de Kidal.",
         {(UAG, "FIGHT", "Police Forces of Mali", "Kidal")}),
        ("Les rebelles ont pris la gendarmerie de Kidal.", {(UAG, "CAPTURE", None, "Kidal")}),
        ("Des islamistes ont attaqué le camp militaire de Tessalit.",
         {(UAG, "FIGHT", "Malian Armed Forces", "Tessalit")}),
        # negative: with a place of its own the gendarmerie keeps it
        ("Les rebelles ont attaqué la gendarmerie nationale à Gao.",
         {(UAG, "FIGHT", "Police Forces of Mali", "Gao")}),
    ],
)  # fmt: skip
def test_site_of_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "de" complement of a dweller noun subject is where they act
        ("Des habitants de Gao ont manifesté contre les islamistes.",
         {("Protesters (Mali)", "PROTEST", UAG, "Gao")}),
        ("Des centaines d'habitants de Gao ont manifesté contre les islamistes.",
         {("Protesters (Mali)", "PROTEST", UAG, "Gao")}),
        ("Les villageois de Douentza ont manifesté.", {("Protesters (Mali)", "PROTEST", None, "Douentza")}),
        # negative: a place of the clause's own beats where they live
        ("Des habitants de Gao ont manifesté à Bamako.", {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
    ],
)  # fmt: skip
def test_dwellers_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated "de X et de Y" objects of a capture noun: each place taken, the agent the noun's
        ("La prise de Ménaka et de Gao par les islamistes.",
         {(UAG, "CAPTURE", None, "Ménaka"), (UAG, "CAPTURE", None, "Gao")}),
        ("La prise de Ménaka et de Gao par les islamistes a surpris Bamako.",
         {(UAG, "CAPTURE", None, "Ménaka"), (UAG, "CAPTURE", None, "Gao")}),
        # negative: a common noun coordinated with the town is no second place
        ("La prise de Ménaka et des villages voisins par les islamistes.",
         {(UAG, "CAPTURE", None, "Ménaka")}),
    ],
)  # fmt: skip
def test_coordinated_places_taken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
