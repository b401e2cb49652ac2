"""English news snippets (issue 14, CASE 2021 task 2), fourth round, on snippets of our own:
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest noun dispersed or broken up: the forces coerce its protesters, who protest
        (
            "Police dispersed a rally in Lagos.",
            {
                ("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Lagos"),
                ("Protesters (Nigeria)", "PROTEST", None, "Lagos"),
            },
        ),
        (
            "Security forces broke up a demonstration in Khartoum.",
            {
                ("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Khartoum"),
                ("Protesters (Sudan)", "PROTEST", None, "Khartoum"),
            },
        ),
        # whoever called it, ACLED names the crowd protesters
        (
            "Riot police broke up a protest by students in Nairobi.",
            {
                ("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
                ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
            },
        ),
        # blocking or stopping a crowd is an intervention too
        (
            "Police stopped marchers in Dakar.",
            {
                ("Police Forces of Senegal", "COERCE", "Protesters (Senegal)", "Dakar"),
                ("Protesters (Senegal)", "PROTEST", None, "Dakar"),
            },
        ),
        (
            "Police blocked demonstrators in Dakar.",
            {
                ("Police Forces of Senegal", "COERCE", "Protesters (Senegal)", "Dakar"),
                ("Protesters (Senegal)", "PROTEST", None, "Dakar"),
            },
        ),
        # neither verb is coercion without a crowd
        ("Police blocked the road to Gao.", set()),
        ("The army stopped the convoy near Gao.", set()),
    ],
)
def test_protest_with_intervention(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force of state forces aimed at no one named answers the crowd of the sentence before
        (
            "Rioters attacked a police station in Kano. Police responded with live ammunition, killing two.",
            {
                ("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Kano"),
                ("Police Forces of Nigeria", "COERCE", "Rioters (Nigeria)", "Kano"),
            },
        ),
        (
            "Rioters set fire to an army post in Jos. The soldiers opened fire.",
            {
                ("Rioters (Nigeria)", "PROTEST", "Nigerian Armed Forces", "Jos"),
                ("Nigerian Armed Forces", "COERCE", "Rioters (Nigeria)", "Jos"),
            },
        ),
        (
            "Protesters marched in Kano. Police opened fire.",
            {
                ("Protesters (Nigeria)", "PROTEST", None, "Kano"),
                ("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Kano"),
            },
        ),
        (
            "Rioters hurled petrol bombs at soldiers in Kano. The soldiers responded with gunshots.",
            {
                ("Rioters (Nigeria)", "PROTEST", "Nigerian Armed Forces", "Kano"),
                ("Nigerian Armed Forces", "COERCE", "Rioters (Nigeria)", "Kano"),
            },
        ),
        # gunmen are no state forces
        (
            "Rioters attacked a police station in Kano. Gunmen opened fire on a bus in Zaria.",
            {
                ("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Kano"),
                ("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Zaria"),
            },
        ),
    ],
)
def test_forces_answer_the_crowd(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one capture per place the coordinated object names, each taken from the side named
        (
            "Yemeni forces took control of Nihm and Sirwah districts from the Houthis.",
            {
                ("Government of Yemen", "CAPTURE", "Houthis", "Nihm"),
                ("Government of Yemen", "CAPTURE", "Houthis", "Sūq Şirwāḩ"),
            },
        ),
        (
            "Rebels captured Kidal, Gao and Timbuktu.",
            {
                ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal"),
                ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao"),
                ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Timbuktu"),
            },
        ),
        # places the sentence before named are not what is taken now
        (
            "Rebels stormed a base in Menaka, Gao and Kidal. The army later regained control of the base.",
            {
                ("Unidentified Armed Group (Mali)", "FIGHT", None, "Ménaka"),
                ("Malian Armed Forces", "CAPTURE", None, "Ménaka"),
            },
        ),
        # a country the place is in is no second place taken
        (
            "Rebels captured Kidal in Mali.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
        ),
    ],
)
def test_each_place_taken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the army" of a state the KB knows no army of is its generic military forces, not the state
        (
            "The army attacked al Shabaab in Kenya.",
            {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Kenya")},
        ),
        (
            "The army attacked al Shabaab near Garissa.",
            {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Garissa")},
        ),
        # a KB army stays
        (
            "The army attacked al Shabaab in Somalia.",
            {("Somali National Army", "FIGHT", "Al-Shabaab", "Somalia")},
        ),
    ],
)
def test_the_army_of_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
