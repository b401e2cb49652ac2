"""English SOHR-style headlines, round ucdp87 (issue 14): a control verb in a headline's present
tells territory taken (events/headline_controls.py), a verb misread as a noun before its lexicon
object ("SDF regain control of X", nlp/headlines.py), a participle opening a verbless headline on
its event noun ("Escalated airstrikes in X", nlp/opening_participles.py), explosive barrels as
weapons (``weapon_subjects``), and a word of the wounded or the dead heading a verbless toll headline
("Wounded in shelling in X") or a toll rising ("More casualties raise the death toll in the
shelling on X"), both in events/toll_headlines.py."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

SAA = "Syrian Arab Army"
IS = "Islamic State"
SDF = "Syrian Democratic Forces"
UAG = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline it fixes (its control verb misread as a name), and two of our own
        ("SDF control al-Karamah town the biggest town in the eastern countryside of al-Raqqa",
         {(SDF, "CAPTURE", None, "Al Karāmah")}),
        ("The regime forces control most of Al-Qadam neighborhood south of the capital",
         {(SAA, "CAPTURE", None, "al-Qadam")}),
        ("Rebels control the town of Saraqib", {(UAG, "CAPTURE", None, "Saraqib")}),
        ("ISIS controls the town of Maskanah after clashes with regime forces",
         {(IS, "CAPTURE", SAA, "Maskanah"), (IS, "FIGHT", SAA, "Maskanah")}),
        # a body sentence (its full stop): who holds the town, no event
        ("Rebels control the town of Saraqib.", set()),
        ("The rebels control most of the province.", set()),
        # a finite past in the sentence: no headline's present, only the shelling
        ("Rebels control the town of Saraqib that the army shelled", {(SAA, "FIGHT", None, "Saraqib")}),
        # a control verb in a relative clause, or after an auxiliary
        ("The villages they control in Tal Abyad", set()),
        ("Rebels will control the town of Saraqib", set()),
    ],
)  # fmt: skip
def test_headline_present_control(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SDF regain control of the whole town of Tal Abyad", {(SDF, "CAPTURE", None, "Tall Abyaḑ")}),
        ("IS retake control of al-Hamdan military airport", {(IS, "CAPTURE", None, "al-Hamdan")}),
        # a noun that is no object of the verb's idioms keeps the compound reading
        ("SDF regain morale in Tal Abyad", set()),
    ],
)  # fmt: skip
def test_verb_before_its_idiom_object(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Escalated airstrikes in the northern countryside of Hama city",
         {(UAG, "FIGHT", None, "Ḩamāh")}),
        ("Escalated airstrikes on Aleppo", {(UAG, "FIGHT", None, "Aleppo")}),
        # a participle before people, no event noun: the verb stays
        ("Released prisoners in Daraa", set()),
    ],
)  # fmt: skip
def test_opening_participle(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Explosive barrels targeted Daraa", {(UAG, "FIGHT", None, "Dar‘ā")}),
        ("Barrels fell on Daraa", {(UAG, "FIGHT", None, "Dar‘ā")}),
        ("Oil barrels were loaded in Tartus", set()),
    ],
)  # fmt: skip
def test_barrel_bombs(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline it fixes, and two of our own: a word of the wounded or the dead heads the toll
        ("Wounded in shelling in Harasta and clashes in Hama's northern countryside",
         {(UAG, "FIGHT", None, "Ḩarastā")}),
        ("Dead and wounded in airstrikes on Douma", {(UAG, "FIGHT", None, "Dūmā")}),
        ("Killed in an airstrike on Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
        # a participle qualifying its noun, with a verb of its own: no toll headline
        ("Wounded soldiers were taken to Damascus", set()),
    ],
)  # fmt: skip
def test_toll_participle_headline(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline it fixes, and two of our own: a toll rising heads the headline
        ("More casualties raise the death toll once more in the renewed shelling on the eastern Ghouta",
         {(UAG, "FIGHT", None, "Eastern Ghouta")}),
        ("New casualties raise the death toll to 25 people in the massacre of Kafr Nabl in Idlib"
         " countryside",
         {(UAG, "FIGHT", None, "Idlib")}),
        ("More casualties raise the death toll in Douma", {(UAG, "FIGHT", None, "Dūmā")}),
        # a subject that counts no dead: no toll
        ("Protesters raise banners in the streets of Douma", set()),
        ("Prices raise the cost of bread in Damascus", set()),
    ],
)  # fmt: skip
def test_rising_toll_headline(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
