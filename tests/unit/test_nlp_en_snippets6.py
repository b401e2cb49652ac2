"""English news snippets (issue 14, CASE 2021 task 2), sixth round, on snippets of our own in wire
style: predicates of bombardment, agreements, thrown or dropped weapons, demolitions, curfews;
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pound": a bombardment
        (
            "Nigerian jets pounded Boko Haram hideouts near Gwoza.",
            {("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Gwoza")},
        ),
        # "reach a deal", "strike a deal": an agreement
        (
            "The two factions reached a ceasefire deal in Juba on Friday.",
            {("Unidentified Armed Group (South Sudan)", "AGREE", None, "Juba")},
        ),
        (
            "Islamist fighters struck a deal with tribal elders in Mopti.",
            {("Islamist Militia (Mali)", "AGREE", None, "Mopti")},
        ),
        # gas dropped on people, with no one named: an armed group's attack on civilians
        (
            "Gas was dropped on civilians in Idlib, medics said.",
            {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Idlib")},
        ),
        # "blow up" a thing: property destroyed; "blow himself up": a suicide bombing
        (
            "Fighters blew up a bridge near Kismayo.",
            {("Unidentified Armed Group (Somalia)", "COERCE", None, "Kismayo")},
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Mogadishu.",
            {("Unidentified Armed Group (Somalia)", "ASSAULT", None, "Mogadishu")},
        ),
        # "left N dead": the killing
        (
            "Four policemen were left dead by a roadside bomb near Kunduz.",
            {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Police Forces of Afghanistan", "Kunduz")},
        ),
        # a curfew imposed: a change to the group's activity (MOBILIZE), binding the civilians there
        (
            "The militia imposed a curfew in Beni.",
            {
                (
                    "Unidentified Communal Militia (Democratic Republic of Congo)",
                    "MOBILIZE",
                    "Civilians (Democratic Republic of Congo)",
                    "Beni",
                )
            },
        ),
    ],
)
def test_wire_predicates(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an untargeted attack coordinated with the same actor's targeted ones is their means
        (
            "On 3 May 2020, gunmen stormed a police post in Dori, killed a herder and wounded three "
            "gendarmes.",
            {
                ("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Dori"),
                ("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Police Forces of Burkina Faso", "Dori"),
            },
        ),
        # who operates a weapon acts, not the state its demonym names
        (
            "An Emirati drone operated by the LNA hit a GNA convoy near Gharyan.",
            {("Libyan National Army", "FIGHT", "Government of National Accord", "Gharyan")},
        ),
    ],
)
def test_one_attack_by_its_operator(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_weapon_opening_a_headline_is_no_state() -> None:
    # "Grenade" is also Grenada's French name: a weapon noun opening the sentence is the noun
    # (round en66: the nine a blast injures are civilians)
    assert rows("Grenade explosion at a Mindanao market injures nine") == {
        ("Unidentified Armed Group", "ASSAULT", "Civilians", None)
    }
