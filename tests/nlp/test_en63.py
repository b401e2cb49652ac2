"""English news shapes (issue 14, round 63): a clause coordinated after another keeps its own subject
when the parser hung it on the phrase before it ('a mob gathered outside the station and police
attacked them'); a duty told by no one ('the army should withdraw') is no act; an order to act
('ordered the rebels to withdraw') is the orderer's demand of whom it orders."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

POLICE_NGA = "Police Forces of Nigeria"
RIOTERS_NGA = "Rioters (Nigeria)"
UAG_NGA = "Unidentified Armed Group (Nigeria)"
UAG_MLI = "Unidentified Armed Group (Mali)"
ARMY_MLI = "Malian Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after 'and' right before a subjectless verb is that verb's subject, not a conjunct
        ("A mob gathered outside the station and police attacked them in Lagos.",
         {(RIOTERS_NGA, "PROTEST", None, "Lagos"), (POLICE_NGA, "COERCE", RIOTERS_NGA, "Lagos")}),
        ("Protesters gathered outside the station and police dispersed them in Lagos.",
         {("Protesters (Nigeria)", "PROTEST", None, "Lagos"),
          (POLICE_NGA, "COERCE", "Protesters (Nigeria)", "Lagos")}),
        # a verb with no noun before it shares the first verb's subject
        ("A mob gathered outside the station in Lagos and attacked a police team.",
         {(RIOTERS_NGA, "PROTEST", None, "Lagos"), (RIOTERS_NGA, "ASSAULT", POLICE_NGA, "Lagos")}),
        # two objects coordinated with no verb after them stay one phrase
        ("Gunmen stormed the church and the police station in Kaduna.", {(UAG_NGA, "FIGHT", None, "Kaduna")}),
    ],
)  # fmt: skip
def test_conjunct_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duty told by no one: the act is not done
        ("The army should withdraw from Mopti.", {(ARMY_MLI, "RETREAT", None, "hypothetical")}),
        ("The army must withdraw from Mopti.", {(ARMY_MLI, "RETREAT", None, "hypothetical")}),
        ("The rebels should attack Mopti.", {(UAG_MLI, "FIGHT", None, "hypothetical")}),
        # told by another, the duty is that speaker's demand
        ("Mali said the rebels should withdraw from Mopti.", {("Mali", "REQUEST", UAG_MLI, "asserted")}),
        # the act done stays asserted
        ("The army withdrew from Mopti.", {(ARMY_MLI, "RETREAT", None, "asserted")}),
    ],
)  # fmt: skip
def test_duties(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordering someone to act: a demand of them; they did not act
        ("Mali ordered the rebels to withdraw from Mopti.", {("Mali", "REQUEST", UAG_MLI, None)}),
        # ordering a thing or an act named as a noun: no demand of anyone
        ("Mali ordered new helicopters from Russia.", set()),
        ("Mali ordered the arrest of the rebel leader in Mopti.",
         {("Police Forces of Mali", "COERCE", UAG_MLI, "Mopti")}),
    ],
)  # fmt: skip
def test_orders(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
