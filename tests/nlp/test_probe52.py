"""Robustness battery (issue 14, round probe52): sentences of our own varying shapes that broke on
unseen news, as exact (actor, type, target, place) rows, each with a variant and a negative."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight noun told with no side is the unnamed armed group's fight, as in English
        ("De violents combats ont éclaté mardi dans l'est d'Alep",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Des affrontements ont éclaté près de Homs",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Homs")}),
        ("Des heurts ont eu lieu dans le nord de Homs",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Homs")}),
        # the sides named on the two-sided verb still make the fight
        ("Des combats ont éclaté à Homs entre l'armée et les rebelles",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Homs"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Homs")}),
        # negatives: one side alone may be a fight within one class; fighting that goes on sums up a war
        ("Des affrontements ont éclaté entre les rebelles près de Homs", set()),
        ("Les combats se poursuivent dans l'est d'Alep", set()),
        ("Les affrontements continuent près de Homs", set()),
    ],
)  # fmt: skip
def test_fr_sideless_fights(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy fighting broke out in eastern Aleppo on Tuesday",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Fighting went on in eastern Aleppo", set()),
    ],
)  # fmt: skip
def test_en_sideless_fights(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "centre" names a part of a city, no state's mission, without an adjective of its own
        ("Des milliers de manifestants ont défilé samedi dans le centre de Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("Des manifestants se sont rassemblés dans le centre de Bamako",
         {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        # negative: a cultural centre of a state is still its mission
        ("Des manifestants se sont rassemblés devant le centre culturel français de Bamako",
         {("Protesters (Mali)", "PROTEST", "France", "Bamako")}),
    ],
)  # fmt: skip
def test_fr_city_centres(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
