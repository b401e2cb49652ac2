"""English SOHR-style headlines, round ucdp89 (issue 14): the regime's forces as the home of a daily
toll that names no place (nlp/ruled_home.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

SAA = "Syrian Arab Army"
UAG = "Unidentified Armed Group"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a daily toll naming no place: the regime's forces are at home, the toll is in their country
        ("31 were killed yesterday including 9 members of the regime forces and 12 civilians",
         {(UAG_SYR, "FIGHT", SAA, "Syria")}),
        ("Rebels ambushed the regime forces yesterday, killing 9 soldiers",
         {(UAG_SYR, "FIGHT", SAA, "Syria")}),
        # a group's name the recognizer took for a place is no place
        ("40 were killed yesterday, including 9 members of the regime forces and 12 civilians killed in "
         "shelling by the Islamic State",
         {("Islamic State", "ASSAULT", "Civilians (Syria)", "Syria")}),
        # a place named: that place, not the country
        ("31 were killed yesterday in Homs including 9 members of the regime forces and 12 civilians",
         {(UAG_SYR, "FIGHT", SAA, "Homs")}),
        # a state's forces named by their demonym may fight abroad; a camp is no state's own force
        ("31 were killed yesterday including 9 members of the Turkish forces and 12 civilians",
         {("Unidentified Armed Group (Turkey)", "FIGHT", "Military Forces of Turkey", None)}),
        ("31 were killed yesterday including 9 members of the pro-regime gunmen and 12 civilians",
         {(UAG, "FIGHT", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_regime_forces_at_home(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time whose 'of' complement is a bare event noun: the event told over it
        ("About 9 killed in the fourth day of bombardment on Douma", {(UAG_SYR, "FIGHT", None, "Dūmā")}),
        ("A week of heavy clashes in Jobar claims the lives of 40 fighters",
         {(UAG_SYR, "FIGHT", None, "Jobar")}),
        # no event noun in the span: nothing
        ("The minister spoke on the first day of talks in Geneva", set()),
    ],
)  # fmt: skip
def test_span_of_events(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
