"""English news shapes (issue 14, round en66b): members of a group who shot at or fired on someone
act, though the parser hangs the verb on the group as a participle; a patrol, convoy or unit a state's
demonym qualifies is that state's military; a bomb whose relative clause tells its blast is no attack
told before, its bare toll civilians; an unnamed foe of no place and no country is of the country of a
state's own army that strikes it."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

UAG_NGA = "Unidentified Armed Group (Nigeria)"
UAG_SYR = "Unidentified Armed Group (Syria)"
UAG_KEN = "Unidentified Armed Group (Kenya)"
UAG_AFG = "Unidentified Armed Group (Afghanistan)"
POLICE_NGA = "Police Forces of Nigeria"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the root noun's "of" complement takes the aimed past form as a participle: it is the verb
        ("Members of an unknown armed group shot at a police patrol in Kano.",
         {(UAG_NGA, "FIGHT", POLICE_NGA, "Kano")}),
        ("One or more members of an unknown armed group fired on a police patrol in Kano.",
         {(UAG_NGA, "FIGHT", POLICE_NGA, "Kano")}),
        ("Members of an unidentified armed group attacked a police patrol in Kano.",
         {(UAG_NGA, "FIGHT", POLICE_NGA, "Kano")}),
        # a participle with no aimed object stays a qualifier: the members are the victims
        ("Members of the family killed in Kano were buried.",
         {(UAG_NGA, "ASSAULT", "Civilians (Nigeria)", "Kano")}),
    ],
)  # fmt: skip
def test_members_fired_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's patrol, convoy or unit is its military
        ("A Turkish patrol was attacked in Idlib.",
         {(UAG_SYR, "FIGHT", "Military Forces of Turkey", "Idlib")}),
        ("Militants attacked a Turkish convoy in Idlib.",
         {(UAG_SYR, "FIGHT", "Military Forces of Turkey", "Idlib")}),
        ("Gunmen ambushed a Kenyan patrol near Mandera.",
         {(UAG_KEN, "FIGHT", "Military Forces of Kenya", "Mandera")}),
        # a police patrol stays the police
        ("A Kenyan police patrol was ambushed near Mandera.",
         {(UAG_KEN, "FIGHT", "Police Forces of Kenya", "Mandera")}),
    ],
)  # fmt: skip
def test_state_patrols(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the blast its own relative clause tells is the bomb's: its bare toll is civilians
        ("The bomb that exploded in Kabul killed nine.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("The car bomb which went off near a checkpoint in Kabul killed seven.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("The bomb that exploded in Kabul killed nine soldiers.",
         {(UAG_AFG, "FIGHT", "Military Forces of Afghanistan", "Kabul")}),
        # a shell after a blast told in the sentence before is that attack's, no other
        ("A bomb exploded in Kabul. A shell hit the market, killing nine.",
         {(UAG_AFG, "FIGHT", None, "Kabul")}),
    ],
)  # fmt: skip
def test_relative_blasts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place: a state's own army fights at home, its unnamed foe that country's
        ("The Nigerian army struck the militants.",
         {("Nigerian Armed Forces", "FIGHT", UAG_NGA, None)}),
        # a place scopes the foe wherever the striker is from
        ("The Nigerian army struck the militants in Niger.",
         {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Niger)", "Niger")}),
    ],
)  # fmt: skip
def test_unplaced_foes(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
