"""English news snippets (issue 14, CASE 2021 task 2), third round, on snippets of our own:
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "of" place of a dweller subject is where they act; ACLED's bracketed district and
        # state name the country of the unnamed groups, and a KB army is a state force
        (
            "Residents of Bambur (Karim-Lamido LGA, Taraba) burned tyres and fired arrows at soldiers.",
            # one riot a sentence (ACLED codes one violent demonstration), the one told with its target
            {("Rioters (Nigeria)", "PROTEST", "Nigerian Armed Forces", "Bambur")},
        ),
        (
            "Villagers of Garkida (Gombi LGA, Adamawa) burnt tyres and threw stones at police officers.",
            {("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Garkida")},
        ),
        (
            "Inhabitants of Maigatari (Maigatari LGA, Jigawa) blocked the road and set fire to a police car.",
            # the road blocked is part of the one riot of the sentence; the police's car burnt is the
            # police's (round case86: nlp/name_spans.holder_modifier)
            {("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Maigatari")},
        ),
        # a KB army that shoots at protesters represses them
        (
            "Nigerian soldiers shot at protesters in Lagos.",
            {("Nigerian Armed Forces", "COERCE", "Protesters (Nigeria)", "Lagos")},
        ),
        # a dispersal by non-lethal means meets a protest; by opening fire it is force alone
        (
            "Police fired rubber bullets to disperse marchers in Harare.",
            {
                ("Police Forces of Zimbabwe", "COERCE", "Protesters (Zimbabwe)", "Harare"),
                ("Protesters (Zimbabwe)", "PROTEST", None, "Harare"),
            },
        ),
    ],
)
def test_dwellers_place_and_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "riot" is the police's modifier, no name; tear gas fired at a crowd meets its protest
        (
            "Riot police fired tear gas at protesters in Nairobi.",
            {
                ("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
                ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
            },
        ),
        (
            "Riot police dispersed a crowd in Kinshasa.",
            {
                (
                    "Police Forces of the Democratic Republic of Congo",
                    "COERCE",
                    "Civilians (Democratic Republic of Congo)",
                    "Kinshasa",
                )
            },
        ),
        # a state demonym's forces, army or military are its military, as its troops are
        (
            "Kenyan forces killed five al Shabaab fighters in Lamu.",
            {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Lamu")},
        ),
        ("The Kenyan army attacked al Shabaab.", {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", None)}),
        (
            "Ugandan military killed rebels in Ituri.",
            {
                (
                    "Military Forces of Uganda",
                    "FIGHT",
                    "Unidentified Armed Group (Democratic Republic of Congo)",
                    "Ituri",
                )
            },
        ),
        # a KB army stays itself; rebel forces stay an armed group
        (
            "Nigerian forces repelled an attack by Boko Haram in Borno.",
            {("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Borno")},
        ),
        (
            "Syrian rebel forces attacked an army checkpoint in Homs.",
            {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Homs")},
        ),
    ],
)
def test_state_forces_naming(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd right before a participle the parser hung on the verb is who marches
        (
            "Police arrested 50 protesters marching in Abuja.",
            {
                ("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Abuja"),
                ("Protesters (Nigeria)", "PROTEST", None, "Abuja"),
            },
        ),
        # forces closing a road protest nothing; forces stopping a crowd coerce it
        ("Police blocked the road to Gao.", set()),
        ("Security forces blocked the main road leading to the airport in Conakry.", set()),
        (
            "Soldiers blocked protesters heading to the presidential palace in Khartoum.",
            {
                ("Sudanese Armed Forces", "COERCE", "Protesters (Sudan)", "Khartoum"),
                ("Protesters (Sudan)", "PROTEST", None, "Khartoum"),
            },
        ),
        # crowds blocking a road still protest
        ("Youths blocked the road in Jos.", {("Protesters (Nigeria)", "PROTEST", None, "Jos")}),
    ],
)
def test_police_actions_are_no_protests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "IS" in capitals before a noun is the group's acronym, not the verb "is"
        (
            "IS militants fired rockets at an SDF post in the village of Sweidan in Deir ez-Zor.",
            {("Islamic State", "FIGHT", "Syrian Democratic Forces", "Sweidan")},  # at Deir ez-Zor
        ),
        (
            "IS fighters attacked a QSD checkpoint in Hajin.",
            {("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn")},
        ),
        ("IS claimed the bombing in Kabul.", {("Islamic State", "FIGHT", None, "Kabul")}),
    ],
)
def test_acronyms_read_as_function_words(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive of an attempt noun is done by who makes the attempt
        (
            "Al Shabaab fighters made an attempt to storm a military base in Baidoa.",
            {("Al-Shabaab", "FIGHT", "Somali National Army", "Baidoa")},
        ),
        (
            "Boko Haram insurgents made two attempts to attack soldiers in Monguno.",
            {("Boko Haram", "FIGHT", "Nigerian Armed Forces", "Monguno")},
        ),
        # "the army" of the place named, not of the armed group's home country
        (
            "ISWAP fighters made an attempt to attack an army post in Bosso (Diffa).",
            {("Islamic State West Africa Province", "FIGHT", "Niger Armed Forces", "Bosso")},
        ),
    ],
)
def test_attempts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED's pro-Iran militias are a KB actor; the group whose positions are hit is the target
        (
            "Israeli warplanes carried out raids on pro-Iran militias positions near Al Mayadin.",
            {("Israel Defense Forces", "FIGHT", "Militia (Pro-Iran)", "Al Mayādīn")},
        ),
        (
            "Iran-backed militias shelled SDF positions near Deir ez-Zor.",
            {
                ("Iran", "SUPPORT", "Militia (Pro-Iran)", "Deir ez-Zor"),
                ("Militia (Pro-Iran)", "FIGHT", "Syrian Democratic Forces", "Deir ez-Zor"),
            },
        ),
    ],
)
def test_pro_iran_militias(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shot" read as a noun before "dead", the clause's head: the verb of the clause
        (
            "Gunmen on a motorbike shot dead a displaced man in Saraqib.",
            {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Saraqib")},
        ),
        (
            "Gunmen riding a motorcycle shot dead a civilian in Daraa.",
            {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Dar‘ā")},
        ),
    ],
)
def test_shot_dead(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # control taken from a side: that side lost it
        (
            "The Houthis took control of Hazm from government forces.",
            {("Houthis", "CAPTURE", "Government of Yemen", "Al Ḩazm")},
        ),
        ("Rebels took control of Kidal.", {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
    ],
)
def test_control_taken_from(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
