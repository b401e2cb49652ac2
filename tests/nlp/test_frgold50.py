"""French real news (issue 14), round 50: the state owning an embassy or a consulate that is hit
("le consulat du Danemark à Beyrouth") is never where it happened; the city named is. In sentences
of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des manifestants ont attaqué le consulat du Danemark à Beyrouth.",
         {("Rioters (Lebanon)", "PROTEST", None, "Beirut")}),
        ("Des manifestants ont attaqué le consulat de France au Caire.",
         {("Rioters (Egypt)", "PROTEST", None, "Cairo")}),
        ("Des hommes armés ont attaqué l'ambassade de France au Caire.",
         {("Unidentified Armed Group (Egypt)", "FIGHT", None, "Cairo")}),
        ("Des hommes armés ont attaqué le consulat du Danemark à Beyrouth.",
         {("Unidentified Armed Group (Lebanon)", "FIGHT", None, "Beirut")}),
    ],
)  # fmt: skip
def test_mission_owner_is_no_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site that is no state's mission is still placed by its 'de' complement
        ("Des hommes armés ont attaqué la caserne de Tessalit.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Tessalit")}),
        ("Des rebelles ont attaqué la mairie de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
    ],
)  # fmt: skip
def test_mission_owner_is_no_place_negative(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
