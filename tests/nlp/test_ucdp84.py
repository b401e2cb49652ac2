"""English SOHR-style headlines, round ucdp84 (issue 14): a fight noun whose verb tells no event
takes the place of that verb's compass adverb ("clashes continue south of Aleppo"); an exchange of
shelling read as a gerund clause is an exchange of fire; a fight in areas a party holds is aimed at
it; a headline verb read as a noun before "and" and a verb; control of one more place is a capture."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SAA = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


def _both(a: str, b: str, place: str) -> set[Row]:
    return {(a, "FIGHT", b, place), (b, "FIGHT", a, place)}


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
        ("Exchange of shelling between the factions and the regime forces in Hama",
         _both(UAG_SYR, SAA, "Ḩamāh")),
        ("Exchange of shelling in the north countryside of Hama causes casualties",
         {(UAG_SYR, "FIGHT", None, "Ḩamāh")}),
        # an exchange of anything but fire is no fight
        ("An exchange of prisoners between the factions and the regime forces in Hama", set()),
    ],
)  # fmt: skip
def test_exchange_of_shelling(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling on the northern countryside of Aleppo leaving casualties in areas controlled by the SDF",
         {(UAG_SYR, "FIGHT", "Syrian Democratic Forces", "Aleppo")}),
        ("Clashes in areas controlled by the SDF in Raqqa",
         {(UAG_SYR, "FIGHT", "Syrian Democratic Forces", "Ar Raqqah")}),
        # a place held by no one named leaves the fight without a target
        ("Shelling on the northern countryside of Aleppo leaving casualties in areas near the city",
         {(UAG_SYR, "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_fight_in_held_areas(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline verb the tagger read as a noun before "and" and a verb
        ("Syria Democratic Forces advance and control new villages in the eastern countryside of Al-Raqqah",
         {("Syrian Democratic Forces", "CAPTURE", None, "Ar Raqqah")}),
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
        ("The factions control a checkpoint in the northern countryside of Hama",
         {(UAG_SYR, "CAPTURE", None, "Ḩamāh")}),
        ("The regime forces control a village in the countryside of Idlib",
         {(SAA, "CAPTURE", None, "Idlib")}),
        # a share of a whole, or a place told by its name: a claim of holding, no event
        ("The Islamic State controls a third of Syria", set()),
        ("The rebels control the town of Kafr Nubl", set()),
    ],
)  # fmt: skip
def test_control_of_one_more_place(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
