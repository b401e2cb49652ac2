"""English SOHR-style headlines, round ucdp89 (issue 14): the regime's forces as the home of a daily
toll that names no place (nlp/ruled_home.py), spans of time of an event noun (nlp/series_nouns.py,
time_span_nouns) and victims of an execution told by their number (nlp/events/executed_counts.py)."""

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
        ("87 were killed yesterday including 64 members of the regime forces and 19 civilians",
         {(UAG_SYR, "FIGHT", SAA, "Syria")}),
        ("Rebels ambushed the regime forces yesterday, killing 9 soldiers",
         {(UAG_SYR, "FIGHT", SAA, "Syria")}),
        # a group's name the recognizer took for a place is no place
        ("97 were killed yesterday, including 64 members of the regime forces and 21 civilians killed in "
         "shelling by the Islamic State",
         {("Islamic State", "ASSAULT", "Civilians (Syria)", "Syria")}),
        # a place named: that place, not the country
        ("87 were killed yesterday in Homs including 64 members of the regime forces and 19 civilians",
         {(UAG_SYR, "FIGHT", SAA, "Homs")}),
        # a state's forces named by their demonym may fight abroad; a camp is no state's own force
        ("87 were killed yesterday including 64 members of the Turkish forces and 19 civilians",
         {("Unidentified Armed Group (Turkey)", "FIGHT", "Military Forces of Turkey", None)}),
        ("87 were killed yesterday including 64 members of the pro-regime gunmen and 19 civilians",
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
        # a span after "after": the fight told in passing keeps its side (nlp/events/counted_gerunds.py)
        ("Rebels seized the town of Saraqib after weeks of fighting with the army",
         {(UAG_SYR, "CAPTURE", SAA, "Saraqib"),
          (UAG_SYR, "FIGHT", SAA, "Saraqib")}),
    ],
)  # fmt: skip
def test_span_of_events(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


CIV = "Civilians (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an execution whose object is a bare number: civilians of the place's country
        ("ISIS executes three in Raqqa", {("Islamic State", "ASSAULT", CIV, "Ar Raqqah")}),
        ("The organization beheads 2 in Mayadin", {("Islamic State", "ASSAULT", CIV, "Al Mayādīn")}),
        # the number's 'of' phrase names them; a fight verb tells no custody
        ("ISIS executed three of its members in Raqqa", {("Islamic State", "ASSAULT", None, "Ar Raqqah")}),
        ("Gunmen killed three in Raqqa", {(UAG_SYR, "FIGHT", None, "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_executions_counted(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
