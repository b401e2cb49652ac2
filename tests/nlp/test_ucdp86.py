"""English SOHR-style headlines, round ucdp86 (issue 14): "the regime" alone in an article whose
country is not decided is the unnamed government of the event's place, and its violent acts that
place's army; a bare "the organization" the article gives nothing to refer back to is the group the
war's own reports call so where the event happened (the Islamic State in Syria and Iraq, by
data/kb/shared_names.toml), else the unnamed armed group there."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

SAA = "Syrian Arab Army"
IS = "Islamic State"
HTS = "Hayat Tahrir al-Sham"
SDF = "Syrian Democratic Forces"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regime shells Douma", {(SAA, "FIGHT", None, "Dūmā")}),
        ("The regime recaptured Palmyra", {(SAA, "CAPTURE", None, "Tadmur")}),
        (
            "The regime shelled Saraqib on Monday, killing five civilians",
            {(SAA, "FIGHT", None, "Saraqib"), (SAA, "ASSAULT", "Civilians (Syria)", "Saraqib")},
        ),
        # not a violent act: the state itself, as "the government" is
        ("The regime released 20 prisoners in Daraa", {("Syria", "CONCEDE", "Civilians (Syria)", "Dar‘ā")}),
        # the regime named as no one's subject stays the state, as before
        ("Protesters called for the fall of the regime in Homs",
         {("Protesters (Syria)", "REQUEST", "Syria", "Homs")}),
        # its forces and weapons act as it does
        ("The regime's warplanes shelled Douma", {(SAA, "FIGHT", None, "Dūmā")}),
        ("The regime's helicopters dropped barrel bombs on Daraa", {(SAA, "FIGHT", None, "Dar‘ā")}),
        # a regime with a modifier of its own is not the one of the place
        ("The new regime shelled Douma", set()),
    ],
)  # fmt: skip
def test_the_regime_of_the_place(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting between the organization and Hayat Tahrir al-Sham enters its third day",
            {(IS, "FIGHT", HTS, None), (HTS, "FIGHT", IS, None)},
        ),
        ("The organization attacked an army post near Mosul",
         {(IS, "FIGHT", "Iraqi Security Forces", "Mosul")}),
        (
            "Clashes between the SDF and the organization near Raqqa",
            {(IS, "FIGHT", SDF, "Ar Raqqah"), (SDF, "FIGHT", IS, "Ar Raqqah")},
        ),
        # no holder of the name there: the unnamed armed group of the place
        (
            "The organization attacked a police post in Kabul",
            {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")},
        ),
        # a group named before is what it refers back to
        (
            "The Taliban attacked a checkpoint in Kandahar. The organization later attacked a police post"
            " in Kabul",
            {
                ("Taliban", "FIGHT", "Military Forces of Afghanistan", "Kandahār"),
                ("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kabul"),
            },
        ),
        # another organisation named before: no armed group at all
        (
            "Amnesty International published a report on Syria. The organization said the regime tortured"
            " detainees in Homs",
            {(SAA, "ASSAULT", "Civilians (Syria)", "Homs")},
        ),
        # an indefinite organisation is none of them
        ("A rights organization condemned the shelling of Douma",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_the_organization_of_the_theatre(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Injuries in airstrikes on Douma", {("Unidentified Armed Group (Syria)", "FIGHT", None, "Dūmā")}),
        ("Injuries in shelling on Saraqib", {("Unidentified Armed Group (Syria)", "FIGHT", None, "Saraqib")}),
        # the wounded of an accident name no attacker
        ("Injuries in a traffic accident on the road to Homs", set()),
    ],
)  # fmt: skip
def test_injuries_heading_a_toll(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in Syria, the regime forces' home in a text naming no place (nlp/ruled_home.py, round ucdp89)
        ("The regime forces advance once more at the expense of ISIS", {(SAA, "FIGHT", IS, "Syria")}),
        ("Government troops advanced against the rebels",
         {("Military Forces", "FIGHT", "Unidentified Armed Group", None)}),
        # pushed against no party: no fight
        ("The dollar advanced against the euro", set()),
        ("Residents fled as the rebels advanced", set()),
    ],
)  # fmt: skip
def test_advance_against_a_party(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regime forces and allied militiamen loyal to them pounded Douma", {(SAA, "FIGHT", None, "Dūmā")}),
        ("The Taliban and fighters loyal to them attacked a checkpoint in Kandahar",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", "Kandahār")}),
        # no group it is coordinated with: the pronoun says whose it is not
        ("Militiamen loyal to them shelled Douma",
         {("Unidentified Communal Militia (Syria)", "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_loyal_to_the_group_beside_them(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
