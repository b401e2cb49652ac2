"""English shapes, round en53 (issue 14): verbless lists of bare tolls; an office holder's seat hit;
an exchange of fire named by its fire, and a backer set off inside "between X and Y"; a group word
tagged as an adjective before the sites it holds; the place of an attack noun that is a subject."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_PAK = "Unidentified Armed Group (Pakistan)"
UAG_SYR = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of bare counts names no victims: the unnamed group's attack on the country's civilians
        ("Nine killed, six wounded in Jalalabad.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Jalālābād")}),
        ("4 dead, 15 hurt in bazaar blast in Peshawar",
         {(UAG_PAK, "ASSAULT", "Civilians (Pakistan)", "Peshawar")}),
        ("Eight killed and 20 injured in Quetta", {(UAG_PAK, "ASSAULT", "Civilians (Pakistan)", "Quetta")}),
        # a counted noun names the victims (en50)
        ("Three policemen killed, two wounded in Kandahar.",
         {(UAG_AFG, "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        # negative: an accident or a game tells no attack
        ("Six killed, eleven hurt in bus crash in Peshawar", set()),
        ("Two dead, 40 hurt after cup final in Lahore", set()),
        ("Five killed, eight injured in market stampede in Kano", set()),
        ("Three killed, seven hurt in gas explosion in Kano", set()),
        # ... while a bomb's blast is an attack
        ("Three killed, seven hurt in bomb explosion in Kano",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")}),
        # negative: one bare count is no list (a headline's single toll is read as before)
        ("Eleven killed in Jalalabad.", set()),
    ],
)  # fmt: skip
def test_bare_toll_list(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_toll_list_after_attack_told() -> None:
    # negative: after an attack told, the list is its toll and adds no attack on civilians
    got = rows("Taliban fighters stormed a checkpoint in Kunduz. Six killed, four wounded in Kunduz.")
    assert not any(r[1] == "ASSAULT" for r in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seat of an office holder named by the holder's possessive is a site hit, no party
        ("Gunmen stormed the Governor's House in Maiduguri",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Maiduguri")}),
        ("Militants attacked the Governor's Office in Ghazni",
         {(UAG_AFG, "FIGHT", None, "Ghazni")}),
        ("Gunmen attacked the governor's residence in Maiduguri",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Maiduguri")}),
        # negative: a house owned by no office holder keeps its owner as the target
        ("Gunmen stormed the house of a trader in Maiduguri",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
    ],
)  # fmt: skip
def test_office_holder_seat(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange named by its fire is a fight between its sides
        ("An artillery exchange between the army and rebels near Hama",
         {(SAA, "FIGHT", UAG_SYR, "Ḩamāh"), (UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("An exchange of gunfire between the army and rebels near Hama",
         {(SAA, "FIGHT", UAG_SYR, "Ḩamāh"), (UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        # a backer set off by commas after the first side: its support, and the fight of both sides
        ("A shelling exchange between the Syrian army, supported by Russia, and rebels near Hama",
         {("Russia", "SUPPORT", SAA, "Ḩamāh"), (SAA, "FIGHT", UAG_SYR, "Ḩamāh"),
          (UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("Clashes between the Syrian army, backed by Russia, and rebels near Hama",
         {("Russia", "SUPPORT", SAA, "Ḩamāh"), (SAA, "FIGHT", UAG_SYR, "Ḩamāh"),
          (UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("The Syrian army, backed by Russia, clashed with rebels near Hama",
         {("Russia", "SUPPORT", SAA, "Ḩamāh"), (SAA, "FIGHT", UAG_SYR, "Ḩamāh")}),
        # negative: an exchange of anything else is no fight
        ("An exchange of prisoners between the army and rebels near Hama", set()),
    ],
)  # fmt: skip
def test_fire_exchanges_and_backers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group word tagged as an adjective before a party's sites names that group as the target
        ("The army shelled militant bases near Hama", {(SAA, "FIGHT", UAG_SYR, "Ḩamāh")}),
        ("The army said it shelled militant hideouts near Hama", {(SAA, "FIGHT", UAG_SYR, "Ḩamāh")}),
        # negative: before another noun it stays an adjective, no group targeted
        ("The army shelled a militant village near Hama", {(SAA, "FIGHT", None, "Ḩamāh")}),
    ],
)  # fmt: skip
def test_group_adjective_sites(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause whose subject is an attack noun takes the place the noun names
        ("Fighting raged in Syria. The regime's shelling of Saraqib killed four civilians.",
         {(SAA, "ASSAULT", "Civilians (Syria)", "Saraqib"), (UAG_SYR, "FIGHT", None, "Syria")}),
        ("The bombing of Ghazni killed seven civilians",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Ghazni")}),
        # negative: a subject that is no attack noun lends no place
        ("The governor of Ghazni said seven civilians were killed",
         {("Unidentified Armed Group", "ASSAULT", "Civilians", None)}),
    ],
)  # fmt: skip
def test_attack_subject_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
