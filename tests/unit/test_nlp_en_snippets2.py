"""English news snippets by ACLED sub-event type (issue 14, CASE 2021 task 2), second round, on
snippets of our own: exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the town" that fell is the place of the event an earlier sentence told
        (
            "Rebels attacked Ariha in Idlib province. The town fell to the rebels on Sunday.",
            {
                ("Unidentified Armed Group (Syria)", "FIGHT", None, "Arīḩā"),
                ("Unidentified Armed Group (Syria)", "CAPTURE", None, "Arīḩā"),
            },
        ),
        (
            "Heavy fighting around Gao. The city fell to Islamist militants on Monday.",
            {
                ("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao"),
                ("Islamist Militia (Mali)", "CAPTURE", None, "Gao"),
            },
        ),
        # the same capture told twice is one
        (
            "Taliban seize Kunduz. The city fell to the insurgents after a night of fighting.",
            {("Taliban", "CAPTURE", None, "Kunduz")},
        ),
        ("Floods hit Gao. The town fell silent.", set()),
    ],
)
def test_towns_fallen_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second headline verb the parser leaves a noun in apposition is the first one's conjunct
        (
            "Kenyan forces clash with al Shabaab, retake Baidoa",
            {
                ("Military Forces of Kenya", "FIGHT", "Al-Shabaab", None),
                ("Military Forces of Kenya", "CAPTURE", None, "Baidoa"),
            },
        ),
        (
            "Somali troops clash with al Shabaab, recapture Kismayo",
            {
                ("Somali National Army", "FIGHT", "Al-Shabaab", None),
                ("Somali National Army", "CAPTURE", None, "Kismayo"),
            },
        ),
    ],
)
def test_second_headline_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces dispersing protesters meet a protest: the crowd's protest and the forces'
        # coercion (ACLED's protest with intervention)
        (
            "Police dispersed a rally of opposition supporters in Lusaka.",
            {
                ("Police Forces of Zambia", "COERCE", "Protesters (Zambia)", "Lusaka"),
                ("Protesters (Zambia)", "PROTEST", None, "Lusaka"),
            },
        ),
        (
            "Security forces dispersed marchers in Conakry.",
            {
                ("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
                ("Protesters (Guinea)", "PROTEST", None, "Conakry"),
            },
        ),
        # a protest the sentence tells is not told twice; breaking it up coerces its protesters
        (
            "Police broke up a demonstration by students in Dhaka.",
            {
                ("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka"),
                ("Protesters (Bangladesh)", "PROTEST", None, "Dhaka"),
            },
        ),
        # lethal force is force against protesters alone; blocking a resolution is no coercion
        (
            "Soldiers opened fire to disperse protesters in Khartoum.",
            {("Sudanese Armed Forces", "COERCE", "Protesters (Sudan)", "Khartoum")},
        ),
        ("Russia blocked the resolution at the UN.", set()),
    ],
)
def test_protests_met_by_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_protest_told_before_is_not_met_again() -> None:
    text = "Farmers protested in Guntur against the new law. Police used tear gas to disperse the protesters."
    assert rows(text) == {
        ("Protesters (India)", "PROTEST", None, "Guntur"),
        ("Police Forces of India", "COERCE", "Protesters (India)", "Guntur"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chemical weapons used against civilians (the complement on the weapon's noun) assault them
        (
            "Government forces used sarin against civilians in Douma.",
            {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Dūmā")},
        ),
        (
            "Government forces used chlorine gas on civilians in Douma.",
            {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Dūmā")},
        ),
        (
            "Government forces used chlorine gas against rebels in Douma.",
            {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Dūmā")},
        ),
    ],
)
def test_chemical_weapons_on_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent to a place mobilize there (ACLED change to group activity); the troops sent in an
        # agentless passive are the force that moves
        (
            "More soldiers were sent to Kaduna after the attack.",
            {("Nigerian Armed Forces", "MOBILIZE", None, "Kaduna")},
        ),
        (
            "Indian soldiers were sent to Manipur.",
            {("Military Forces of India", "MOBILIZE", None, "Manipur")},
        ),
        ("Nigeria sent troops to Kaduna.", {("Nigeria", "MOBILIZE", None, "Kaduna")}),
        ("France sent weapons to Ukraine.", {("France", "AID", "Ukraine", None)}),
    ],
)
def test_troops_sent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
