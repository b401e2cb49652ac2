"""Issue 14, round camp66: a state named before a camp word ("Iran-loyal fighters", "Russia-loyal
militias") or after an allegiance adjective ("militias loyal to Iran") is the camp the group fights
for: never who the group is, the state's own forces, nor a sign of where the group fights. Each rule
has a near sentence it must not fire on."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

UAG_SYR = "Unidentified Armed Group (Syria)"
HAMA = "Ḩamāh"


def _en(text: str) -> set[Row]:
    return rows(text, "en", "2016-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X-loyal" on a noun of fighters: an armed group of where it fights, which X backs
        ("Iran-loyal fighters attacked rebels near Hama.",
         {(UAG_SYR, "FIGHT", None, HAMA), ("Iran", "SUPPORT", UAG_SYR, None)}),
        ("Iran-backed fighters attacked rebels near Hama.",
         {(UAG_SYR, "FIGHT", None, HAMA), ("Iran", "SUPPORT", UAG_SYR, HAMA)}),
        # a participle of no camp: no backer
        ("Iran-trained fighters attacked rebels near Hama.", {(UAG_SYR, "FIGHT", None, HAMA)}),
    ],
)  # fmt: skip
def test_loyal_fighters(text: str, expected: set[Row]) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a camp-modified militia is no state army: the armed group of the place, backed by the state
        ("Russia-loyal militias attacked rebels near Hama.",
         {(UAG_SYR, "FIGHT", None, HAMA), ("Russia", "SUPPORT", UAG_SYR, None)}),
        # the state's own troops stay its army; an organisation the KB names by its camp stays it
        ("Russian troops attacked rebels near Hama.", {("Russian Armed Forces", "FIGHT", UAG_SYR, HAMA)}),
        ("Turkey-loyal factions attacked rebels near Afrin.",
         {("Syrian National Army", "FIGHT", UAG_SYR, "‘Afrīn")}),
    ],
)  # fmt: skip
def test_loyal_militias(text: str, expected: set[Row]) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state a group is loyal to is whose side it takes, no sign of where things happen (an
        # unowned checkpoint is the forces' of the place's country, chk66: here of none)
        ("Militias loyal to Iran attacked a checkpoint. Gunmen later killed two soldiers.",
         {("Unidentified Communal Militia", "FIGHT", "Military Forces", None),
          ("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
        # a state named as the place is one
        ("Gunmen in Iran attacked a checkpoint. Gunmen later killed two soldiers.",
         {("Unidentified Armed Group (Iran)", "FIGHT", "Military Forces of Iran", "Iran")}),
    ],
)  # fmt: skip
def test_loyal_to_state_is_no_place(text: str, expected: set[Row]) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à l'Iran" after an allegiance adjective: whose side the militias take, no place
        ("Des milices fidèles à l'Iran ont attaqué un poste.",
         {("Unidentified Armed Group", "FIGHT", None, None)}),
        # a place phrase on the same noun stays one
        ("Des milices à Alep ont attaqué un poste.",
         {("Unidentified Communal Militia (Syria)", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_french_loyal_to_state_is_no_place(text: str, expected: set[Row]) -> None:
    assert rows(text, "fr", "2016-05-01") == expected
