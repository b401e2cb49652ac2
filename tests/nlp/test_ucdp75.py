"""English SOHR-style headlines, round 75 (issue 14): control told as gained by a count of what is
held or by the push forward it ends."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"
SDF = "Syrian Democratic Forces"
PUBLISHED = "2018-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the places held are counted: taken, not held all along
        ("SDF fighters control 14 farms north of Hajin", {(SDF, "CAPTURE", None, "Hajīn")}),
        ("The rebels now control five hills near Saraqib", {(UAG, "CAPTURE", None, "Saraqib")}),
        # a push forward that ends in control
        ("Government forces advance and control the highway near Saraqib",
         {(SAA, "CAPTURE", None, "Saraqib")}),
        ("Government troops attack Kafr Nabl and control the town",
         {(SAA, "FIGHT", None, "Kafranbel"), (SAA, "CAPTURE", None, "Kafranbel")}),
    ],
)  # fmt: skip
def test_control_gained_by_count_or_advance(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # who holds it, in a body sentence: a claim (a headline's present, with no full stop, tells the
        # road taken: tests/nlp/test_ucdp87.py)
        "The rebels control the highway near Saraqib.",
        "The rebels control 40 percent of the province of Idlib",  # a share held, nothing counted taken
        "The rebels do not control 14 farms near Saraqib",  # negated
    ],
)
def test_control_held_stays_a_claim(text: str) -> None:
    assert rows(text, "en", PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead are the unnamed armed group the killing would default to: the clashes are the event
        ("Several rebels were killed in clashes near Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
        ("Eleven fighters killed in heavy clashes in Kafr Nabl", {(UAG, "FIGHT", None, "Kafranbel")}),
        # the dead of another side: the killing is the event, as before
        ("Four soldiers were killed in clashes near Saraqib", {(UAG, "FIGHT", SAA, "Saraqib")}),
        ("Several rebels were killed by government forces in clashes near Saraqib",
         {(SAA, "FIGHT", UAG, "Saraqib")}),
        # a side named on the clashes: both sides fight
        ("Several rebels were killed in clashes with government forces near Saraqib",
         {(SAA, "FIGHT", UAG, "Saraqib"), (UAG, "FIGHT", SAA, "Saraqib")}),
    ],
)  # fmt: skip
def test_fighters_killed_in_clashes(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening toll noun the tagger read as a name heads the verbless headline all the same
        ("Martyrs in renewed shelling on Kafr Nabl", {(UAG, "FIGHT", None, "Kafranbel")}),
        ("Martyrs in a night air strike on Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
    ],
)  # fmt: skip
def test_martyrs_headline(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


def test_martyrs_in_a_name_tell_no_toll() -> None:
    assert rows("Martyrs Brigade fighters in Saraqib", "en", PUBLISHED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name the parser hangs on its body noun names the body as an object or complement
        ("Warplanes pounded depots of the “Islamic State” organization near Mayadin",
         {(SAA, "FIGHT", "Islamic State", "Al Mayādīn")}),
        ("Government troops repelled the “Islamic State” organization near Mayadin",
         {(SAA, "FIGHT", "Islamic State", "Al Mayādīn")}),
    ],
)  # fmt: skip
def test_quoted_organization_named(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


def test_leaders_naming_an_area_are_no_party() -> None:
    got = rows(
        "Government forces continue the shelling in the “Putin – Erdogan” area near Saraqib", "en", PUBLISHED
    )
    assert got == {(SAA, "FIGHT", None, "Saraqib")}
