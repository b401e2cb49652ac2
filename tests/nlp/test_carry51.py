"""Places carried to the next sentence (issue 14, round 51): an event placed nowhere, in the
sentence right after one placed somewhere, that continues it (a definite anaphor of it, the same
actors, or a consequence: arrests, wounded, dispersal) takes its place; never across a new scene (a
date of its own, 'elsewhere', 'in another incident', 'par ailleurs', a new paragraph), nor under a
speech verb, nor to a lone pronoun after a protest (its target is the party protested against)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

RIOT = "Rioters burned tyres in Kano on Friday. "
RIOTERS = ("Rioters (Nigeria)", "PROTEST", None, "Kano")
BANK = "Des hommes armés ont attaqué une banque à Kayes vendredi. "
GUNMEN = ("Unidentified Armed Group (Mali)", "FIGHT", None, "Kayes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consequence of the event told before: arrests, a dispersal
        (RIOT + "Police arrested eleven rioters.",
         {RIOTERS, ("Police Forces of Nigeria", "COERCE", "Rioters (Nigeria)", "Kano")}),
        ("Protesters blocked a road in Kumasi on Friday. Police dispersed the protesters.",
         {("Protesters (Ghana)", "PROTEST", None, "Kumasi"),
          ("Police Forces of Ghana", "COERCE", "Protesters (Ghana)", "Kumasi")}),
        # a definite anaphor of the event
        ("Gunmen attacked a bank in Kumasi on Friday. After the attack, soldiers detained two suspects.",
         {("Unidentified Armed Group (Ghana)", "FIGHT", None, "Kumasi"),
          ("Military Forces of Ghana", "COERCE", None, "Kumasi")}),
    ],
)  # fmt: skip
def test_en_follow_up_takes_the_place(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    "follow_up",
    [
        "Elsewhere, police arrested eleven rioters.",
        "Meanwhile, police arrested eleven rioters.",
        "On Sunday, police arrested eleven rioters.",  # a date of its own
        "In another incident, police arrested eleven rioters.",
        "\nPolice arrested eleven rioters.",  # a new paragraph
        "The governor said police had arrested eleven rioters.",  # speech
    ],
)
def test_en_new_scene_takes_no_place(follow_up: str) -> None:
    assert en_rows(RIOT + follow_up) == {
        RIOTERS,
        ("Police Forces of Nigeria", "COERCE", "Rioters (Nigeria)", None),
    }


def test_en_lone_pronoun_after_a_protest() -> None:
    # the leader the protest was about, arrested elsewhere and before
    text = "Students protested in Kano against the jailing of their leader. He was arrested over a speech."
    assert en_rows(text) == {
        ("Protesters (Nigeria)", "PROTEST", "Civilians (Nigeria)", "Kano"),
        ("Police Forces of Nigeria", "COERCE", "Civilians (Nigeria)", None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BANK + "La police a interpellé deux suspects.",
         {GUNMEN, ("Police Forces of Mali", "COERCE", None, "Kayes")}),
        (BANK + "Quatre personnes ont été arrêtées.",
         {GUNMEN, ("Police Forces of Mali", "COERCE", "Civilians (Mali)", "Kayes")}),
        ("Des hommes armés ont attaqué une banque à Kayes vendredi. Après l'attaque, des soldats ont arrêté "
         "deux suspects.", {GUNMEN, ("Malian Armed Forces", "COERCE", None, "Kayes")}),
    ],
)  # fmt: skip
def test_fr_follow_up_takes_the_place(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    "follow_up",
    [
        "Par ailleurs, la police a interpellé deux suspects.",
        "Ailleurs, la police a interpellé deux suspects.",
        "Dimanche, la police a interpellé deux suspects.",
        "Dans un autre incident, la police a interpellé deux suspects.",
        "\nLa police a interpellé deux suspects.",
        "Le gouverneur a déclaré que la police avait interpellé deux suspects.",
    ],
)
def test_fr_new_scene_takes_no_place(follow_up: str) -> None:
    assert fr_rows(BANK + follow_up) == {GUNMEN, ("Police Forces of Mali", "COERCE", None, None)}


def test_fr_lone_pronoun_after_a_protest() -> None:
    text = "Des étudiants ont manifesté à Kayes contre la détention de leur chef. "
    text += "Il a été arrêté pour un discours."
    assert fr_rows(text) == {
        ("Protesters (Mali)", "PROTEST", "Civilians (Mali)", "Kayes"),
        ("Police Forces of Mali", "COERCE", "Civilians (Mali)", None),
    }
