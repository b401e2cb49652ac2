"""PLOVER types and roles, round plov63 (issue 14): guerrillas are a group named by what it is
(generic_groups 'armed'), so a demonym before them names whose they are, not the state that acts."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian guerrillas ambushed an army patrol.",
         {("Unidentified Armed Group (Peru)", "FIGHT", "Military Forces of Peru", None)}),
        ("Leftist guerillas blew up an oil pipeline in Colombia.",
         {("Unidentified Armed Group (Colombia)", "COERCE", None, "Colombia")}),
        # a named movement keeps its own name
        ("Hezbollah guerrillas shelled an army post.", {("Hezbollah", "FIGHT", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_guerrillas_are_an_armed_group(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_guerrilla_tactics_name_no_group() -> None:
    # the noun qualifying a way of fighting names no one acting
    assert en_rows("The army adopted guerrilla tactics.") == set()


def test_guerilleros_fr() -> None:
    assert fr_rows("Des guérilleros péruviens ont attaqué une patrouille de l'armée.") == {
        ("Unidentified Armed Group (Peru)", "FIGHT", "Military Forces of Peru", None)
    }
