"""French shapes left alone in earlier rounds (issue 14), round frleft47: sentences of our own, as
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "des gaz" the parser glues into one determiner of the people gassed: the gas is the object
        ("La police a utilisé des gaz lacrymogènes contre les manifestants à Bamako.",
         {("Police Forces of Mali", "COERCE", "Protesters (Mali)", "Bamako"),
          ("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        ("La police a lancé des gaz lacrymogènes sur les manifestants à Niamey.",
         {("Police Forces of Niger", "COERCE", "Protesters (Niger)", "Niamey"),
          ("Protesters (Niger)", "PROTEST", None, "Niamey")}),
        ("Les policiers ont tiré des gaz lacrymogènes contre la foule à Conakry.",
         {("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
          ("Protesters (Guinea)", "PROTEST", None, "Conakry")}),
        # tear-gas grenades are tear gas
        ("La police a lancé des grenades lacrymogènes contre les étudiants à Abidjan.",
         {("Police Forces of Ivory Coast", "COERCE", "Civilians (Ivory Coast)", "Abidjan")}),
        ("Les gendarmes ont tiré des grenades lacrymogènes sur la foule à Lomé.",
         {("Police Forces of Togo", "COERCE", "Protesters (Togo)", "Lomé"),
          ("Protesters (Togo)", "PROTEST", None, "Lomé")}),
    ],
)  # fmt: skip
def test_tear_gas_used_on_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road or a bridge blocked by people is a protest (CAMEO 144, obstruct passage)
        ("Des manifestants ont bloqué la route entre Bamako et Kati.",
         {("Protesters (Mali)", "PROTEST", None, None)}),
        ("Des jeunes en colère ont bloqué le pont à Niamey.",
         {("Protesters (Niger)", "PROTEST", None, "Niamey")}),
        ("Des habitants ont barré la route nationale près de Kayes.",
         {("Protesters (Mali)", "PROTEST", None, "Kayes")}),
        # forces closing a road protest nothing; a resolution blocked stays a rejection
        ("L'armée a bloqué la route de Gao.", set()),
        ("La Russie a bloqué la résolution.", {("Russia", "REJECT", None, None)}),
    ],
)  # fmt: skip
def test_blocked_roads_are_protests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
