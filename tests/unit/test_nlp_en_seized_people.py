"""A capture verb taking people is an abduction (ASSAULT, CAMEO 181) on them, territory taken stays a
CAPTURE and property seized a COERCE; a hyphenated place name is looked up whole. Sentences of our
own: exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants seized four fishermen near Jolo on Sunday.",
            {("Unidentified Armed Group (Philippines)", "ASSAULT", "Civilians (Philippines)", "Jolo")},
        ),
        (
            "On 5 May, gunmen grabbed two nurses in Maiduguri.",
            {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")},
        ),
        (
            "Three journalists were picked up by armed men in Quetta on Friday.",
            {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Journalists (Pakistan)", "Quetta")},
        ),
        (
            "Rebels seized the town of Kidal on Monday.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
        ),
        (
            "Soldiers seized three vehicles in Gao on Monday.",
            {("Malian Armed Forces", "COERCE", None, "Gao")},
        ),
        ("Police picked up weapons in Lahore on Monday.", set()),
        # state forces taking people make an arrest (COERCE), not an abduction
        (
            "Police seized two men in Multan on Monday.",
            {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Multan")},
        ),
        ("The army captured three suspects near Bauchi.", set()),
    ],
)
def test_people_seized_are_abducted(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_hyphenated_place_name_is_looked_up_whole() -> None:
    text = "Gunmen opened fire on a market in Port-au-Prince on Tuesday."
    assert rows(text) == {("Unidentified Armed Group (Haiti)", "FIGHT", None, "Port-au-Prince")}
