"""English SOHR-style headlines, round ucdp85 (issue 14): battles and confrontations with no side
named are the unnamed armed group's fight, unless a modifier makes them a contest without arms ("a
legal battle") or the battle is a campaign's name ("the battle of Raqqa"); "tens of" strikes are the
strikes; "make" an advance is to advance, "commit" a massacre to massacre, which with no author is
the unnamed armed group's; a control verb whose place is one of a series told by an
ordinal ("the first village", "the last town") is a capture; a headline control verb the tagger read
as a noun is a verb again."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp


SAA = "Syrian Arab Army"
SDF = "Syrian Democratic Forces"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy battles in the western countryside of Daraa", {(UAG_SYR, "FIGHT", None, "Dar‘ā")}),
        ("Violent confrontations near Jarabulus leave casualties", {(UAG_SYR, "FIGHT", None, "Jarābulus")}),
        ("Fierce battles rage in the eastern countryside of Homs", {(UAG_SYR, "FIGHT", None, "Homs")}),
        ("A fierce battle broke out near Daraa", {(UAG_SYR, "FIGHT", None, "Dar‘ā")}),
        # battles that go on in a whole country sum up a war, as fighting does
        ("Battles go on in Syria", set()),
        # a definite singular battle names a campaign
        ("The battle of Raqqa enters its second month", set()),
    ],
)  # fmt: skip
def test_battles_with_no_side_named(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A legal battle between the two companies in London",
        "The political confrontation over the budget goes on in Nairobi",
        "Uber lost its court fight against the city of London",
    ],
)
def test_contests_without_arms(text: str) -> None:
    assert rows(text, "en", PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tens of air strikes hit the outskirts of Idlib", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        (
            "Tens of airstrikes target farmland in the northern countryside of Hama",
            {(UAG_SYR, "FIGHT", None, "Ḩamāh")},
        ),
        # tens of people are no event
        ("Tens of families leave the town of Douma", set()),
    ],
)  # fmt: skip
def test_tens_of_strikes(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels make an advance towards the town of Morek", {(UAG_SYR, "FIGHT", None, "Mūrak")}),
        ("The army made a new advance in the countryside of Homs", {(SAA, "FIGHT", None, "Homs")}),
        # "make" a thing that is no event noun tells none
        ("The minister made a statement on the fighting in Homs", set()),
    ],
)  # fmt: skip
def test_make_an_advance(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The factions control the last village in the southern countryside of Aleppo",
         {(UAG_SYR, "CAPTURE", None, "Aleppo")}),
        ("The army controls the first neighbourhood of Palmyra", {(SAA, "CAPTURE", None, "Tadmur")}),
        ("The regime forces control the 12th village in the countryside of Hama",
         {(SAA, "CAPTURE", None, "Ḩamāh")}),
        # a place held told by its name, or a road with no ordinal of its own: a claim, no event
        ("The Islamic State controls the town of Mayadin.", set()),  # a body sentence (headline: test_ucdp87)
        ("The rebels control the main road out of the city", set()),
    ],
)  # fmt: skip
def test_control_of_a_place_counted_by_an_ordinal(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the control verb read as a noun, its object as an apposition or as a second subject
        ("SDF control the second village within the enclave of ISIS in the countryside of Deir Ezzor",
         {(SDF, "CAPTURE", None, "Deir ez-Zor")}),
        ("SDF control the third farm south of Hajin and at least 9 of ISIS were killed in the coalition’s "
         "strikes",
         {(SDF, "CAPTURE", None, "Hajīn"), (SDF, "FIGHT", "Islamic State", "Hajīn"),
          ("US-led coalition", "FIGHT", None, "Hajīn")}),
        # no control verb: the fighters killed are the strikes' target, no capture
        ("SDF fighters and at least 9 of ISIS were killed in the coalition’s strikes south of Hajin",
         {("US-led coalition", "FIGHT", SDF, "Hajīn")}),
    ],
)  # fmt: skip
def test_headline_control_verb_read_as_a_noun(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A new massacre in the countryside of Hama", {(UAG_SYR, "ASSAULT", None, "Ḩamāh")}),
        ("The regime forces commit a massacre in Douma", {(SAA, "ASSAULT", None, "Dūmā")}),
        ("Warplanes commit a massacre in the western countryside of Idlib city",
         {(SAA, "ASSAULT", None, "Idlib")}),
        # a massacre named in passing, and "commit" with no event noun, tell none
        ("The anniversary of the Srebrenica massacre was marked in Bosnia", set()),
        ("The man committed a crime in Aleppo", set()),
    ],
)  # fmt: skip
def test_massacres_with_no_author_named(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
