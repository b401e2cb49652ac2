"""Foreign strikes and demonym sites (issue 14, round site69): an unnamed group a state named as a
whole strikes takes the country of the place struck, or none, never the striker's; a striker's own
name is no sign of the article's country, so the place struck is looked up world-wide; a site a
state demonym qualifies is that state's forces' (or, an aid convoy, its civilians'), and a base
housing forces is theirs."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named as a whole strikes abroad: the group is of no country told
        ("The United States struck the militants overnight.", {("United States", "FIGHT", UAG, None)}),
        # the place struck gives the group its country
        ("France struck jihadists near Menaka.", {("France", "FIGHT", f"{UAG} (Mali)", "Ménaka")}),
        # a state's army fights at home (negative)
        ("The Nigerian army struck the militants.",
         {("Nigerian Armed Forces", "FIGHT", f"{UAG} (Nigeria)", None)}),
    ],
)  # fmt: skip
def test_en_state_strikes(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La France a frappé des jihadistes.", {("France", "FIGHT", UAG, None)}),
        ("L'armée malienne a frappé des jihadistes.",
         {("Malian Armed Forces", "FIGHT", f"{UAG} (Mali)", None)}),
    ],
)  # fmt: skip
def test_fr_state_strikes(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the striker's name says who, not where: the town is found abroad
        ("US warplanes bombed Hodeidah on Monday.",
         {("Military Forces of the United States", "FIGHT", None, "Al Ḩudaydah")}),
        ("A US drone struck militants near Jilib on Tuesday.",
         {("United States", "FIGHT", f"{UAG} (Somalia)", "Jilib")}),
        # a town no striker is named beside (negative: placed as before)
        ("Fighting erupted in Hodeidah on Monday.", {(f"{UAG} (Yemen)", "FIGHT", None, "Al Ḩudaydah")}),
    ],
)  # fmt: skip
def test_striker_places(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants attacked a Turkish base in northern Iraq.",
         {(f"{UAG} (Iraq)", "FIGHT", "Military Forces of Turkey", "northern Iraq")}),
        # an aid convoy is the civilians' of its state, not the military (negative)
        ("Gunmen attacked a Turkish aid convoy near Idlib.",
         {(f"{UAG} (Syria)", "ASSAULT", "Civilians (Turkey)", "Idlib")}),
    ],
)  # fmt: skip
def test_en_demonym_sites(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Hezbollah a attaqué une caserne israélienne.",
         {("Hezbollah", "FIGHT", "Israel Defense Forces", None)}),
        ("Des roquettes ont visé une base abritant des soldats américains en Irak.",
         {(f"{UAG} (Iraq)", "FIGHT", "Military Forces of the United States", "Iraq")}),
        ("Des hommes armés ont attaqué un convoi humanitaire turc près d'Idleb.",
         {(f"{UAG} (Syria)", "ASSAULT", "Civilians (Turkey)", "Idlib")}),
    ],
)  # fmt: skip
def test_fr_demonym_sites(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
