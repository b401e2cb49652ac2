"""Precision on unseen news (issue 14, round 52): senses of conflict words that are no conflict."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raid needs a party or a place as its object
        ("Hungry pupils raid the shelves for old novels every evening.", set()),
        ("Rebels raided the village of Tal Abyad on Monday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "asserted")}),
        ("Troops raided Boko Haram positions near Maiduguri.",
         {("Nigerian Armed Forces", "FIGHT", "Boko Haram", "asserted")}),
        ("Gunmen raided the house of a local chief in Zamfara.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "asserted")}),
    ],
)  # fmt: skip
def test_raid_of_a_party_or_place(text: str, expected: set[tuple[str, ...]]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare injury participle on an object tells the people's state
        ("The general visited the wounded soldiers at a hospital in Baghdad on Monday.", set()),
        ("The minister met with injured civilians in Kabul.", set()),
        # the verb itself still attacks
        ("Gunmen wounded three soldiers in Baghdad.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", "Iraqi Security Forces", "asserted")}),
    ],
)  # fmt: skip
def test_injury_participle_is_a_state(text: str, expected: set[tuple[str, ...]]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an operation's name is no actor
        ("Officials said Operation Iron Shield killed 40 insurgents near Ramadi.", "en", set()),
        # a bomb device is no party hit
        ("Close to Raqqa, a strike destroyed one VBIED and an ISIL vehicle.", "en",
         {("Unidentified Armed Group (Syria)", "ASSAULT", None, "asserted")}),
        # an honorific alone names no one
        ("La réunion a eu lieu entre le président Chirac et MM.", "fr", set()),
        # the honorific before names leaves the names
        ("Le président Chirac a rencontré MM. Blair et Schröder.", "fr",
         {("Chirac", "CONSULT", "MM. Blair", "asserted")}),
    ],
)  # fmt: skip
def test_no_actor_names(text: str, lang: str, expected: set[tuple[str, ...]]) -> None:
    assert events(text, lang) == expected
