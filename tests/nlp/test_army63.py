"""Generic actors meeting the knowledge base (issue 14, round 63): a country's unnamed army is the KB's
own army of that country, and a group noun a KB entry claims in its own country ("les paramilitaires"
in Sudan: the Rapid Support Forces) is that entry there, and a generic group anywhere else."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

RSF = "Rapid Support Forces"
SAF = "Sudanese Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army of a country whose KB army lacked ACLED's name before
        ("En Centrafrique, l'armée a repris mardi la localité de Bambari aux rebelles.",
         {("Central African Armed Forces", "CAPTURE", "Unidentified Armed Group (Central African Republic)",
           "Bambari")}),
        ("In Somalia, the army retook the town of Baidoa from the militants on Friday.",
         {("Somali National Army", "CAPTURE", "Unidentified Armed Group (Somalia)", "Baidoa")}),
    ],
)  # fmt: skip
def test_generic_army_is_the_kb_army(text: str, expected: set[Row]) -> None:
    rows = fr_rows(text) if "armée" in text else en_rows(text)
    assert rows == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au Soudan, les paramilitaires ont attaqué la ville d'El-Facher jeudi, selon des témoins.",
         {(RSF, "FIGHT", None, "El Fasher")}),
        ("Les forces paramilitaires soudanaises ont pris le contrôle de Wad Madani.",
         {(RSF, "CAPTURE", None, "Wad Medani")}),
    ],
)  # fmt: skip
def test_paramilitaries_in_sudan_fr(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Sudan, the paramilitaries attacked the town of El Fasher on Thursday, witnesses said.",
         {(RSF, "FIGHT", None, "El Fasher")}),
        ("Sudanese paramilitary forces seized Wad Madani on Monday.",
         {(RSF, "CAPTURE", None, "Wad Medani")}),
        ("In Sudan, paramilitary forces seized Wad Madani on Monday.",
         {(RSF, "CAPTURE", None, "Wad Medani")}),
        ("The Sudanese army shelled paramilitary positions near Khartoum.",
         {(SAF, "FIGHT", RSF, "Khartoum")}),
    ],
)  # fmt: skip
def test_paramilitaries_in_sudan_en(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative: the same noun in another country stays that country's generic group
        ("In Colombia, paramilitaries killed three farmers near Medellin on Sunday.",
         {("Unidentified Armed Group (Colombia)", "ASSAULT", "Civilians (Colombia)", "Medellín")}),
        ("Pakistani paramilitary forces killed two militants in Quetta on Monday.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", None, "Quetta")}),
        # negative: police qualified as paramilitary are police, in Sudan too
        ("In Sudan, the paramilitary police arrested five protesters in Khartoum.",
         {("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Khartoum"),
          ("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
    ],
)  # fmt: skip
def test_paramilitaries_elsewhere_stay_generic(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_jihadists_in_burkina_stay_generic() -> None:
    """Negative: no one group claims "les jihadistes" in Burkina Faso (JNIM and the IS Sahel both act)."""
    rows = fr_rows("Au Burkina Faso, les jihadistes ont attaqué un poste de l'armée près de Djibo.")
    assert {r[0] for r in rows} == {"Unidentified Armed Group (Burkina Faso)"}


def test_paramilitaries_fr_elsewhere_stay_generic() -> None:
    rows = fr_rows("En Colombie, des paramilitaires ont tué trois paysans près de Medellín dimanche.")
    assert {r[0] for r in rows} == {"Unidentified Armed Group (Colombia)"}
