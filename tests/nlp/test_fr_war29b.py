"""French war reporting (issue 14), round 29b: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
USA_MIL = "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "forces" a state's demonym qualifies: that state's military, never the state
        ("Les forces américaines ont bombardé un village près de Kandahar.",
         {(USA_MIL, "FIGHT", None, "Kandahār")}),
        ("Les forces spéciales américaines ont tué un chef taliban à Kandahar.",
         {(USA_MIL, "FIGHT", "Taliban", "Kandahār")}),
        # a state whose forces the KB names keeps them; other group nouns keep their class
        ("Les forces tchadiennes ont tué dix jihadistes près de Kidal.",
         {("Chadian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal")}),
        ("Les forces gouvernementales ont bombardé Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_forces_of_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons fired with no author named: the unnamed armed group's attack where they fell
        ("Des roquettes ont été tirées sur Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kabul")}),
        ("Plusieurs obus ont été tirés sur le quartier de Baba Amr à Homs.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Baba Amr")}),
        # ... or on whom they fell
        ("Deux missiles ont été tirés contre un convoi de l'armée syrienne près d'Alep.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        # the author named stays the actor
        ("Des obus ont été tirés sur Homs par l'armée.", {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        # neither a place nor anyone fired on: no event
        ("Des roquettes ont été tirées dans la nuit.", set()),
    ],
)  # fmt: skip
def test_weapons_fired_with_no_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine participle the tagger reads as the noun "entrée": the verb "entrer" again
        ("Les troupes françaises sont entrées dans Tombouctou.",
         {("French Armed Forces", "CAPTURE", None, "Timbuktu")}),
        ("Les troupes tchadiennes sont entrées dans Kidal.",
         {("Chadian Armed Forces", "CAPTURE", None, "Kidal")}),
        # the masculine was read already
        ("Les militaires maliens sont entrés dans Gao.", {("Malian Armed Forces", "CAPTURE", None, "Gao")}),
        # the noun itself stays a noun
        ("Les entrées dans Gao sont contrôlées.", set()),
    ],
)  # fmt: skip
def test_forces_entered_a_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
