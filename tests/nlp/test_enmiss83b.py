"""English leftovers of the round's batteries (issue 14, round enmiss83b): 'stone' as a verb of
throwing stones at someone, a role held among civilians ('a village chief') attacked as civilians, and
a hedge the recognizer takes into a name ('Suspected Abu Sayyaf') cut off it, and Bangladesh's two main
parties in the KB. Each rule with a sentence
of our own it fixes and a near one it must not fire on."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Row]]] = [
    # parties the KB now knows: their name wins over a generic word before it ("the opposition BNP")
    (
        "Police in Dhaka arrested 25 activists of the Awami League on Sunday.",
        {("Police Forces of Bangladesh", "COERCE", "Awami League", "Dhaka")},
    ),
    (
        "Police arrested 25 BNP activists in Dhaka on Sunday.",
        {("Police Forces of Bangladesh", "COERCE", "Bangladesh Nationalist Party", "Dhaka")},
    ),
    # near: the opposition with no party named stays the generic group
    (
        "Police in Dhaka arrested 25 opposition activists on Sunday.",
        {("Police Forces of Bangladesh", "COERCE", "Opposition (Bangladesh)", "Dhaka")},
    ),
    # 'stone' is a verb as 'pelt' is: stoning police is a riot, stoning someone to death mob violence
    (
        "Angry villagers stoned a police patrol in Kisumu on Monday.",
        {("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Kisumu")},
    ),
    (
        "Residents stoned two police officers in Migori on Friday.",
        {("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Migori")},
    ),
    (
        "A mob stoned to death a man accused of theft in Kakamega.",
        {("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Kakamega")},
    ),
    # near: the adjective and the noun are no act
    ("He was stoned and drunk at a party in Nairobi.", set()),
    ("The stone house was destroyed by fire in Nairobi.", set()),
    # a role held among civilians attacked or arrested: the civilians of the article's country
    (
        "Gunmen shot dead a village chief in Patikul, Sulu, police said.",
        {("Unidentified Armed Group (Philippines)", "ASSAULT", "Civilians (Philippines)", "Patikul")},
    ),
    (
        "Police arrested a tribal chief in Quetta.",
        {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Quetta")},
    ),
    # near: the office of a state force stays the state's; a militia's leader the militia; a student
    # leader, whom ACLED codes among students, no civilian here
    (
        "Police in Dhaka have detained a student leader for allegedly spreading rumours on Facebook.",
        {("Police Forces of Bangladesh", "COERCE", None, "Dhaka")},
    ),
    (
        "Police arrested the army chief in Quetta.",
        {("Police Forces of Pakistan", "COERCE", "Pakistan", "Quetta")},
    ),
    (
        "Gunmen shot dead a militia leader in Bunia on Sunday.",
        {
            (
                "Unidentified Armed Group (Democratic Republic of Congo)",
                "FIGHT",
                "Unidentified Communal Militia (Democratic Republic of Congo)",
                "Bunia",
            )
        },
    ),
    # a hedge opening a name is cut off it
    (
        "Alleged Boko Haram fighters attacked a village in Borno on Sunday.",
        {("Boko Haram", "FIGHT", None, "Borno")},
    ),
    # near: a hedge on a common noun stays the unnamed group's
    (
        "Suspected militants killed two soldiers in Patikul, Sulu, police said.",
        {
            (
                "Unidentified Armed Group (Philippines)",
                "FIGHT",
                "Military Forces of the Philippines",
                "Patikul",
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
