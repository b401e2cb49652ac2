"""English news shapes (issue 14, round 60): an 'X-backed' participle names who backs a group noun,
not who the group is; finding the dead is no killing; a militia modifying its leaders or positions
names the militia."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SYR = "Unidentified Armed Group (Syria)"
SNA = "Syrian National Army"
MILITIA_CAR = "Unidentified Communal Militia (Central African Republic)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group noun acts; the state in the hyphenated participle backs it (Turkish-backed rebels,
        # fighters and militants are the Syrian National Army since round case82: KB aliases)
        ("Turkish-backed fighters shelled a hamlet near Aleppo.",
         {(SNA, "FIGHT", None, "Aleppo"), ("Turkey", "SUPPORT", SNA, "Aleppo")}),
        ("Turkish-backed militants shelled a hamlet near Aleppo.",
         {(SNA, "FIGHT", None, "Aleppo"), ("Turkey", "SUPPORT", SNA, "Aleppo")}),
        ("Russian-backed militants shelled a hamlet near Aleppo.",
         {(UAG_SYR, "FIGHT", None, "Aleppo"), ("Russia", "SUPPORT", UAG_SYR, "Aleppo")}),
        # no participle: a demonym alone backs no one
        ("Turkish militants shelled a hamlet near Aleppo.", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_backed_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding or recovering the dead: the finders killed no one
        ("Police found the body of a woman in a drain in Karachi.", set()),
        ("Police recovered the body of a man near a canal in Karachi.", set()),
        # the agentless passive still tells a killing by someone unnamed
        ("The body of a man was recovered near a canal in Karachi.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Karachi")}),
        # a killing told actively stays one
        ("Gunmen killed a man near a canal in Karachi.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Karachi")}),
    ],
)  # fmt: skip
def test_bodies_found(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a militia noun modifying its leaders, commanders or positions names the militia
        ("Militia leaders agreed to a truce in Bangui.", {(MILITIA_CAR, "AGREE", None, "Bangui")}),
        ("Militia commanders signed a ceasefire in Bangui.", {(MILITIA_CAR, "AGREE", None, "Bangui")}),
        ("The army shelled militia positions near Bangui.",
         {("Central African Armed Forces", "FIGHT", MILITIA_CAR, "Bangui")}),
        # the militia alone is the same group
        ("The militia agreed to a truce in Bangui.", {(MILITIA_CAR, "AGREE", None, "Bangui")}),
    ],
)  # fmt: skip
def test_militia_modifiers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's present verbs joined by a comma share the subject of the first
        ("Protesters torch vehicles, clash with police in Lagos",
         {("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Lagos")}),
        # a second clause with its own subject keeps it
        ("Protesters torch vehicles, police clash with them in Lagos",
         {("Rioters (Nigeria)", "PROTEST", None, "Lagos"),
          ("Police Forces of Nigeria", "FIGHT", None, "Lagos")}),
    ],
)  # fmt: skip
def test_comma_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


POLICE_PAK = "Police Forces of Pakistan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge defused with no agent: the police's act on it
        ("Bomb defused near school in Quetta", {(POLICE_PAK, "COERCE", None, "Quetta")}),
        ("Two landmines were defused near a bridge in Quetta.", {(POLICE_PAK, "COERCE", None, "Quetta")}),
        ("An IED was defused by the army near a bridge in Quetta.",
         {("Military Forces of Pakistan", "COERCE", None, "Quetta")}),
        # a crisis defused is no charge
        ("The dispute was defused in Quetta.", set()),
        ("Firemen defused a gas leak in Quetta.", set()),
    ],
)  # fmt: skip
def test_defused_charges(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
