"""English news snippets and ACLED-style notes (issue 14): general rules read on sentences of our own
wording, each with its exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state forces taking people arrest them (COERCE), whatever the verb
        (
            "Police rounded up eight villagers in Multan on Monday.",
            {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Multan")},
        ),
        (
            "Soldiers nabbed four men near Kano on Friday.",
            {("Nigerian Armed Forces", "COERCE", "Civilians (Nigeria)", "Kano")},
        ),
        (
            "Police apprehended two journalists in Peshawar.",
            {("Police Forces of Pakistan", "COERCE", "Journalists (Pakistan)", "Peshawar")},
        ),
        (
            "Police seized three men in Lahore on Monday.",
            {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Lahore")},
        ),
        # armed men taking people still abduct them
        (
            "Gunmen seized two teachers in Gao on Sunday.",
            {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")},
        ),
    ],
)
def test_state_forces_taking_people_arrest_them(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town handed to a side is taken by that side
        (
            "The army handed the town of Kidal to the rebels on Sunday.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", "Malian Armed Forces", "Kidal")},
        ),
        (
            "Rebels handed Ras Kamboni to the Somali army on Tuesday.",
            {("Somali National Army", "CAPTURE", "Unidentified Armed Group (Somalia)", "Kaambooni")},
        ),
        # "off the coast of X" is at X
        (
            "Pirates attacked a tanker off the coast of Nigeria on Monday.",
            {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Nigeria")},
        ),
        # "pact" is an agreement noun; a clan is a communal militia
        (
            "The two clans signed a peace pact in Galkayo.",
            {("Unidentified Communal Militia (Somalia)", "AGREE", None, "Gaalkacyo")},
        ),
        # jets and warplanes are the military; a bomb squad is the police
        (
            "Jets bombed rebel positions near Aleppo.",
            {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo")},
        ),
        (
            "Warplanes struck a convoy near Kidal on Friday.",
            {("Malian Armed Forces", "FIGHT", None, "Kidal")},
        ),
        (
            "A bomb squad defused an explosive device in Kabul.",
            {("Police Forces of Afghanistan", "COERCE", None, "Kabul")},
        ),
    ],
)
def test_handed_towns_coasts_pacts_and_aircraft(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces arriving or deployed somewhere mobilize; anyone else arriving is no event
        (
            "Government troops arrived in Bambari on Tuesday.",
            {("Central African Armed Forces", "MOBILIZE", None, "Bambari")},
        ),
        (
            "Police officers arrived at the scene in Harare.",
            {("Police Forces of Zimbabwe", "MOBILIZE", None, "Harare")},
        ),
        (
            "Army reinforcements reached Kidal on Monday.",
            {("Malian Armed Forces", "MOBILIZE", None, "Kidal")},
        ),
        (
            "Soldiers were deployed to Gao after the attack.",
            {("Malian Armed Forces", "MOBILIZE", None, "Gao")},
        ),
        ("Refugees arrived in Bambari on Tuesday.", set()),
        ("Hundreds of migrants reached Lampedusa on Monday.", set()),
    ],
)
def test_forces_arriving_mobilize(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd storming a building or throwing stones riots (ACLED: a violent demonstration)
        (
            "A crowd stormed the police station in Lagos on Monday.",
            {("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Lagos")},
        ),
        (
            "Rioters threw stones at police in Nairobi.",
            {("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Nairobi")},
        ),
        (
            "Demonstrators pelted stones at the security forces in Srinagar.",
            {("Rioters (India)", "PROTEST", "Police Forces of India", "Srinagar")},
        ),
        # one riot a sentence: the car torched is part of it
        (
            "Youths threw stones at a police patrol and torched a car in Kisumu.",
            {("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Kisumu")},
        ),
        # armed men storming a village still fight
        (
            "Gunmen stormed a village near Gao on Monday.",
            {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")},
        ),
    ],
)
def test_crowds_storming_or_throwing_stones_riot(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon as the subject: an attack by an unnamed armed group, the weapon no actor
        (
            "An airstrike hit a market in Idlib on Sunday.",
            {("Unidentified Armed Group (Syria)", "FIGHT", None, "Idlib")},
        ),
        (
            "A drone struck a vehicle near Sirte.",
            {("Unidentified Armed Group (Libya)", "FIGHT", None, "Sirte")},
        ),
        (
            # the police's vehicle hit is the police hit (round case86: nlp/name_spans.holder_modifier)
            "An IED hit a police vehicle in Quetta on Monday.",
            {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Police Forces of Pakistan", "Quetta")},
        ),
        # an accident's blast has no attacker
        ("A gas cylinder blast killed four people in Karachi.", set()),
    ],
)
def test_weapons_as_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # curated regions the notes name: a governorate, a federal member state, a district
        (
            "Gunmen killed two soldiers in Anbar province on Monday.",
            {("Unidentified Armed Group (Iraq)", "FIGHT", "Iraqi Security Forces", "Al Anbar")},
        ),
        (
            "Al Shabaab attacked a base in Galmudug on Monday.",
            {("Al-Shabaab", "FIGHT", None, "Galmudug")},
        ),
        (
            "Maoists attacked a police camp in Dantewada on Monday.",
            {("Communist Party of India (Maoist)", "FIGHT", "Police Forces of India", "Dantewada")},
        ),
        # going on strike and holding a vigil are protests; going on patrol is none
        (
            "Nurses went on strike in Lusaka on Monday over unpaid wages.",
            {("Protesters (Zambia)", "PROTEST", None, "Lusaka")},
        ),
        ("Soldiers went on patrol in Gao on Monday.", set()),
        (
            "Relatives held a candlelight vigil in Nairobi for the victims.",
            {("Protesters (Kenya)", "PROTEST", None, "Nairobi")},
        ),
    ],
)
def test_regions_strikes_and_vigils(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's victims counted by a bare number, killed in an attack with no author named:
        # the attack's unnamed armed group; a lower-case weapon is no country ("grenade": not Grenada)
        (
            "Twelve killed in suicide bombing in Gao.",
            {("Unidentified Armed Group (Mali)", "ASSAULT", None, "Gao")},
        ),
        (
            "Two killed in grenade attack on a stadium in Bujumbura.",
            {("Unidentified Armed Group (Burundi)", "FIGHT", None, "Bujumbura")},
        ),
        (  # a list of bare counts names no victims: the country's civilians (en53)
            "Twelve killed and four injured in attack in Gao.",
            {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")},
        ),
        ("Three were arrested in Lagos on Monday.", set()),
    ],
)
def test_headline_victims_of_unnamed_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A battle between Al Shabaab and Kenyan troops erupted near Mandera on Monday.",
        "Clashes between Al Shabaab and Kenyan troops erupted near Mandera on Monday.",
    ],
)
def test_a_battle_between_two_sides_is_their_fight(text: str) -> None:
    assert rows(text) == {
        ("Al-Shabaab", "FIGHT", "Kenya", "Mandera"),
        ("Kenya", "FIGHT", "Al-Shabaab", "Mandera"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon hitting something after the attack was told is that attack retold, no other
        (
            "Rebels shelled Omdurman on Monday. A shell hit a crowded market in the city.",
            {("Unidentified Armed Group (Sudan)", "FIGHT", None, "Omdurman")},
        ),
        (
            "A mortar shell hit a crowded market in Omdurman on Monday.",
            {("Unidentified Armed Group (Sudan)", "FIGHT", None, "Omdurman")},
        ),
    ],
)
def test_a_weapon_after_the_attack_told_is_that_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
