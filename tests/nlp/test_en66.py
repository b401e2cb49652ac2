"""English news shapes (issue 14, round en66): a bare number killed by a blast is civilians; an
outpost attacked is its forces'; a gang of people is a mob, not an armed group; a
state's own site named by its possessive is no party hit; an event noun a modal of obligation tells
to be stopped is no fight done; a destruction verb coordinated with a killing ("and torched", ",
then looted") is a second act of its own."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SOM = "Unidentified Armed Group (Somalia)"
UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_NGA = "Unidentified Armed Group (Nigeria)"
UAG_SYR = "Unidentified Armed Group (Syria)"
POLICE_NGA = "Police Forces of Nigeria"
RIOTERS_NGA = "Rioters (Nigeria)"
CIV_NGA = "Civilians (Nigeria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge or its blast picks no one out: the number it kills is people, civilians
        ("Bomb kills two in Mogadishu", {(UAG_SOM, "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        ("A roadside bomb killed three in Kandahar.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # a force noun counted stays those forces
        ("Blast kills three soldiers in Kabul",
         {(UAG_AFG, "FIGHT", "Military Forces of Afghanistan", "Kabul")}),
        # any other subject counts no one known
        ("Gunmen kill two in Zamfara", {(UAG_NGA, "FIGHT", None, "Zamfara")}),
        ("The army killed 12 in Kidal.", {("Malian Armed Forces", "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_blast_victims(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outpost whose owner is unnamed is the forces' of the place's country
        ("Rebels attacked an outpost near Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
        # a participle naming who holds it: theirs (round chk66: the police's, as ACLED codes it)
        ("Gunmen attacked an outpost manned by police in Kano.", {(UAG_NGA, "FIGHT", POLICE_NGA, "Kano")}),
    ],
)  # fmt: skip
def test_force_sites(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gang of people attacking forces is a mob: the rioters' assault
        ("A gang of youths attacked police in Lagos.", {(RIOTERS_NGA, "ASSAULT", POLICE_NGA, "Lagos")}),
        ("A gang of youths attacked a police station in Kano.",
         {(RIOTERS_NGA, "ASSAULT", POLICE_NGA, "Kano")}),
        # a gang of armed people stays the armed group
        ("A gang of gunmen attacked police in Lagos.", {(UAG_NGA, "FIGHT", POLICE_NGA, "Lagos")}),
        ("A band of armed men attacked a police post in Kaduna.", {(UAG_NGA, "FIGHT", POLICE_NGA, "Kaduna")}),
    ],
)  # fmt: skip
def test_gangs_of_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own site hit from within is where, not whom (the place read since round case85)
        ("Gangs stormed Haiti's main prison.",
         {("Unidentified Armed Group (Haiti)", "FIGHT", None, "Haiti")}),
        # a foreign state's site is that state's
        ("Russia shelled Ukraine's main port.", {("Russia", "FIGHT", "Ukraine", None)}),
    ],
)  # fmt: skip
def test_home_sites(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a modal of obligation says must stop is a duty, none told done
        ("The army must stop the shelling of Idlib.", {(UAG_SYR, "FIGHT", None, "hypothetical")}),
        ("The rebels should end their bombardment of Homs.", {(UAG_SYR, "FIGHT", None, "hypothetical")}),
        # stopped, it was going on
        ("The army stopped the shelling of Idlib.", {(UAG_SYR, "FIGHT", None, "asserted")}),
    ],
)  # fmt: skip
def test_obliged_to_stop(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a destruction verb coordinated with the killing is a second act
        ("Gunmen killed five villagers in Zamfara and torched several houses.",
         {(UAG_NGA, "ASSAULT", CIV_NGA, "Zamfara"), (UAG_NGA, "COERCE", None, "Zamfara")}),
        # "then" after a comma: the parser's loose verb shares the subject
        ("Gunmen killed five villagers in Zamfara, then looted the market.",
         {(UAG_NGA, "ASSAULT", CIV_NGA, "Zamfara"), (UAG_NGA, "COERCE", None, "Zamfara")}),
        # a seizure stays the operation's spoils
        ("Soldiers killed five militants in Zamfara and seized their weapons.",
         {("Nigerian Armed Forces", "FIGHT", UAG_NGA, "Zamfara")}),
    ],
)  # fmt: skip
def test_second_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack claimed killed people its relative clause counts: an assault on civilians
        ("Al-Shabaab claimed responsibility for Sunday's attack on a market in Mogadishu that killed 12.",
         {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        ("Al-Shabaab claimed an attack on a market in Mogadishu that killed ten people.",
         {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        # no count of people: no victims named
        ("Al-Shabaab claimed responsibility for Sunday's attack on a market in Mogadishu.",
         {("Al-Shabaab", "FIGHT", None, "Mogadishu")}),
    ],
)  # fmt: skip
def test_claimed_tolls(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
