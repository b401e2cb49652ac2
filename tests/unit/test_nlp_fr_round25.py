"""French war reports, round 25 (issue 14): where a taken town lies is not the event's place, sites
named by their base or camp, towns the tagger misreads, singular control claims; exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import controls as control_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vendredi, les insurgés se sont emparés lundi de la petite ville d'Azaz, au nord d'Alep.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "I‘zāz")}),
        ("Des combattants se sont emparés hier du village de Diabaly, à 400 km de Bamako.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Diabaly")}),
    ],
)  # fmt: skip
def test_a_town_taken_is_the_place_not_the_town_it_lies_by(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un groupe de talibans a attaqué la base de Camp Bastion.",
         {("Taliban", "FIGHT", None, "Camp Bastion")}),
        ("Des insurgés ont visé la base de Camp Bastion avec des roquettes.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Camp Bastion")}),
    ],
)  # fmt: skip
def test_a_base_names_its_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samedi, les soldats maliens ont repris Konna aux islamistes.",
         {("Malian Armed Forces", "CAPTURE", "Unidentified Armed Group (Mali)", "Konna")}),
        ("Les insurgés ont pris Douentza.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Douentza")}),
    ],
)  # fmt: skip
def test_a_town_read_as_a_complement_is_the_place_taken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Depuis le printemps, le MNLA contrôle Kidal.",
         {("National Movement for the Liberation of Azawad", "Kidal")}),
        ("Le Mujao contrôle Gao.", {("Movement for Unity and Jihad in West Africa", "Gao")}),
        # a noun with its article is no verb
        ("Le MNLA a pris le contrôle Kidal.", set()),
    ],
)  # fmt: skip
def test_a_singular_control_verb_read_as_a_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert control_rows(text) == expected
