"""English news snippets (issue 14, CASE 2021 task 2), fifth round, on snippets of our own:
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd or group of protesters is the protesters: coerced, and their protest beside
        (
            "Police dispersed a crowd of protesters in Lagos.",
            {
                ("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Lagos"),
                ("Protesters (Nigeria)", "PROTEST", None, "Lagos"),
            },
        ),
        (
            "Security forces broke up a group of demonstrators in Nairobi.",
            {
                ("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
                ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
            },
        ),
    ],
)
def test_crowd_of_protesters(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tal Afar is a city of Iraq (curated town), each place recaptured one CAPTURE
        (
            "The army recaptured Tal Afar and Sinjar from IS.",
            {
                ("Iraqi Security Forces", "CAPTURE", "Islamic State", "Tal Afar"),
                ("Iraqi Security Forces", "CAPTURE", "Islamic State", "Sinjār"),
            },
        ),
        (
            "Iraqi forces recaptured Tal Afar and Sinjar from IS.",
            {
                ("Iraqi Security Forces", "CAPTURE", "Islamic State", "Tal Afar"),
                ("Iraqi Security Forces", "CAPTURE", "Islamic State", "Sinjār"),
            },
        ),
    ],
)
def test_towns_recaptured_together(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the military' is a generic military noun, as 'the army': the state's forces, not the state
        (
            "The military attacked al Shabaab in Kenya.",
            {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Kenya")},
        ),
        # a KB army stays
        (
            "The military shelled rebel positions in Sudan.",
            {("Sudanese Armed Forces", "FIGHT", "Unidentified Armed Group (Sudan)", "Sudan")},
        ),
    ],
)
def test_the_military(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the crowd was heading is the place, when the sentence names no other
        (
            "Police blocked marchers heading to Conakry.",
            {
                ("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
                ("Protesters (Guinea)", "PROTEST", None, "Conakry"),
            },
        ),
        (
            "Riot police blocked demonstrators heading to Dakar.",
            {
                ("Police Forces of Senegal", "COERCE", "Protesters (Senegal)", "Dakar"),
                ("Protesters (Senegal)", "PROTEST", None, "Dakar"),
            },
        ),
    ],
)
def test_heading_to(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
