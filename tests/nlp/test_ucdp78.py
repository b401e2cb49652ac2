"""English SOHR-style headlines, round 78 (issue 14): a fight going on, told in the present at a place
inside a country, is the day's news; forces advancing on ground no known place names still advance."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"
PUBLISHED = "2018-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes continue in the western countryside of Idlib", {(UAG, "FIGHT", None, "Idlib")}),
        ("Violent fighting continues near Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
        ("Heavy clashes continue on the outskirts of Douma", {(UAG, "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_fight_going_on_today_at_a_place(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Clashes continue in Syria",  # a whole country: the war summed up
        "Fighting continues in Iraq",
        "Clashes continued near Saraqib.",  # the past in prose: a summary
        "Clashes continue",  # nowhere
    ],
)
def test_fight_going_on_that_sums_up_a_war(text: str) -> None:
    assert rows(text, "en", PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islamic State advances in a village near the airbase",
         {("Islamic State", "FIGHT", None, None)}),
        ("The rebels advance into several areas in the mountains",
         {("Unidentified Armed Group", "FIGHT", None, None)}),
        ("Regime forces advance towards the hills of Jabal Shahshabu", {(SAA, "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_forces_advance_on_unnamed_ground(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices advance in the markets of Damascus",  # no forces
        "The talks advance in Geneva",
        "The army advances its plan in the capital",  # an object advanced, no ground
        "Government forces advance",  # no ground at all
    ],
)
def test_advance_with_no_ground_or_no_forces(text: str) -> None:
    assert rows(text, "en", PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present verb the headline tagger reads as a plural one keeps its lexicon lemma
        ("Ahrar al-Sham attacks ISIS near Idlib", {("Ahrar al-Sham", "FIGHT", "Islamic State", "Idlib")}),
        ("Hayat Tahrir al-Sham attacks Ahrar al-Sham west of Aleppo",
         {("Hayat Tahrir al-Sham", "FIGHT", "Ahrar al-Sham", "Aleppo")}),
    ],
)  # fmt: skip
def test_present_verb_after_a_name_keeps_its_lemma(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


def test_plural_noun_is_no_verb() -> None:
    # negative: a plural noun in -s stays a noun, no attack by the subject of the sentence's verb
    assert rows("Ahrar al-Sham condemns attacks on hospitals in Idlib", "en", PUBLISHED) == {
        ("Ahrar al-Sham", "ACCUSE", None, "Idlib")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "between X against Y": the wire idiom for "between X and Y", both sides named
        ("Heavy clashes between SDF against ISIS near Hajin",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "Hajīn"),
          ("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn")}),
        ("Renewed fighting between Ahrar al-Sham against Hayat Tahrir al-Sham in Saraqib",
         {("Ahrar al-Sham", "FIGHT", "Hayat Tahrir al-Sham", "Saraqib"),
          ("Hayat Tahrir al-Sham", "FIGHT", "Ahrar al-Sham", "Saraqib")}),
    ],
)  # fmt: skip
def test_between_one_side_against_the_other(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


def test_between_two_sides_then_against_a_third() -> None:
    # negative: a "between" phrase that already has its two sides keeps them
    got = rows("Clashes between SDF and ISIS near Hajin", "en", PUBLISHED)
    assert got == {
        ("Syrian Democratic Forces", "FIGHT", "Islamic State", "Hajīn"),
        ("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn"),
    }
