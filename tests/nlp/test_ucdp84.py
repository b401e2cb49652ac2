"""English SOHR-style headlines, round ucdp84 (issue 14): a fight noun whose verb tells no event
takes the place of that verb's compass adverb ("clashes continue south of Aleppo"); an exchange of
shelling read as a gerund clause is an exchange of fire; a fight in areas a party holds is aimed at
it; a headline verb read as a noun before "and" and a verb; control of one more place is a capture."""

from __future__ import annotations

import pytest
from unit._extract import Row, both_fight, rows

pytestmark = pytest.mark.nlp


SAA = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes continue south of Aleppo", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        ("Violent clashes renew west of Deir Ezzor city", {(UAG_SYR, "FIGHT", None, "Deir ez-Zor")}),
        # a compass word with no place it is measured from places nothing
        ("Clashes continue further south", set()),
    ],
)  # fmt: skip
def test_compass_adverb_of_a_fight_nouns_verb(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exchange of shelling between regime forces and the factions in Daraa",
         both_fight(UAG_SYR, SAA, "Dar‘ā")),
        ("Exchange of shelling in the west countryside of Latakia kills two",
         {(UAG_SYR, "FIGHT", None, "Latakia")}),
        # an exchange of anything but fire is no fight
        ("An exchange of detainees between regime forces and the factions in Daraa", set()),
    ],
)  # fmt: skip
def test_exchange_of_shelling(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling on the western countryside of Raqqa leaving casualties in areas controlled by the SDF",
         {(UAG_SYR, "FIGHT", "Syrian Democratic Forces", "Ar Raqqah")}),
        ("Clashes in areas controlled by the SDF in Raqqa",
         {(UAG_SYR, "FIGHT", "Syrian Democratic Forces", "Ar Raqqah")}),
        # a place held by no one named leaves the fight without a target
        ("Shelling on the western countryside of Raqqa leaving casualties in areas near the city",
         {(UAG_SYR, "FIGHT", None, "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_fight_in_held_areas(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline verb the tagger read as a noun before "and" and a verb
        ("Syria Democratic Forces advance again and control more farms in the eastern countryside of Hasakah",
         {("Syrian Democratic Forces", "CAPTURE", None, "Al Ḩasakah")}),
        ("Syrian Democratic Forces advance and control three villages near Manbij",
         {("Syrian Democratic Forces", "CAPTURE", None, "Manbij"),
          ("Syrian Democratic Forces", "FIGHT", None, "Manbij")}),
        # "and" then a noun phrase: no verb joined
        ("Syrian Democratic Forces advance and new coalition airstrikes in the countryside of Raqqa", set()),
    ],
)  # fmt: skip
def test_headline_verb_before_a_joined_verb(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one more place held, told by an indefinite article: taken
        ("The factions control a hill in the southern countryside of Aleppo",
         {(UAG_SYR, "CAPTURE", None, "Aleppo")}),
        ("The regime forces control a village in the countryside of Daraa",
         {(SAA, "CAPTURE", None, "Dar‘ā")}),
        # a share of a whole, or a place told by its name: a claim of holding, no event
        ("The Islamic State controls a third of Syria", set()),
        ("The rebels control the town of Kafr Nubl.", set()),  # a body sentence (a headline: test_ucdp87)
    ],
)  # fmt: skip
def test_control_of_one_more_place(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
