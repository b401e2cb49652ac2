"""French leftovers (issue 14), round 37: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll of a present participle clause takes the place of the event it hangs on
        ("Les islamistes ont attaqué la ville de Konna lundi, tuant dix civils.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Konna"),
          ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Konna")}),
        ("L'armée a bombardé Homs, tuant vingt personnes.",
         {("Syrian Arab Army", "FIGHT", None, "Homs"),
          ("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Les islamistes ont attaqué la ville de Konna, tuant six civils et blessant vingt autres.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Konna"),
          ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Konna")}),
    ],
)  # fmt: skip
def test_toll_takes_the_place_of_its_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun resuming is that event, not a place retaken
        ("Les frappes aériennes françaises ont repris lundi près de Gao.",
         {("France", "FIGHT", None, "Gao")}),
        ("Les bombardements de l'armée syrienne ont repris sur Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        ("Les combats ont repris mardi à Alep entre l'armée et les rebelles.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        # with an object, still a place taken back
        ("Les soldats maliens ont repris Douentza lundi.",
         {("Malian Armed Forces", "CAPTURE", None, "Douentza")}),
    ],
)  # fmt: skip
def test_resumed_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
