"""French war reporting (issue 14), round 30: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_SYR = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital fired on is where the weapons fell, with the firer named too
        ("Les talibans ont tiré des roquettes sur Kaboul.", {("Taliban", "FIGHT", None, "Kabul")}),
        ("Les insurgés ont tiré des obus sur Kaboul mardi.", {(UAG_AFG, "FIGHT", None, "Kabul")}),
        # "sur" before a state that is no capital still names whom a request is addressed to
        ("Les États-Unis ont appelé sur Israël à cesser le feu.", {("United States", "REQUEST", None, None)}),
    ],
)  # fmt: skip
def test_capital_fired_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "près de X" on a group noun is where the group is, not who it is
        ("Les soldats ont attaqué les rebelles près de Damas.", {(SAA, "FIGHT", UAG_SYR, "Damascus")}),
        ("L'armée a attaqué les rebelles près de Homs.", {(SAA, "FIGHT", UAG_SYR, "Homs")}),
        ("Des combats ont opposé les rebelles aux soldats près de Damas.",
         {(SAA, "FIGHT", UAG_SYR, "Damascus"), (UAG_SYR, "FIGHT", SAA, "Damascus")}),
        ("Les jihadistes près de Gao ont attaqué l'armée.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_group_near_a_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital in an attack noun's complement is where it happened, not its author
        ("L'attentat de Kaboul a fait 25 morts.", {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("Les bombardements de Damas ont fait 30 morts.", {(UAG_SYR, "FIGHT", None, "Damascus")}),
        # a named author stays
        ("Une attaque des talibans a fait trois morts à Kandahar.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
    ],
)  # fmt: skip
def test_capital_of_an_attack_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


MALI_MIL = "Malian Armed Forces"
UAG_MLI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken by state forces are arrested, fighters too; the verb or its noun
        ("L'armée malienne a capturé trois jihadistes près de Gao.", {(MALI_MIL, "COERCE", UAG_MLI, "Gao")}),
        ("L'armée malienne a annoncé la capture de trois jihadistes près de Gao.",
         {(MALI_MIL, "COERCE", UAG_MLI, "Gao")}),
        ("La capture de trois jihadistes par les soldats près de Gao a été annoncée.",
         {(MALI_MIL, "COERCE", UAG_MLI, "Gao")}),
        # civilians taken by gunmen are abducted
        ("Des hommes armés ont capturé deux journalistes français près de Kidal.",
         {(UAG_MLI, "ASSAULT", "Journalists (France)", "Kidal")}),
        # a town captured stays a capture
        ("Les rebelles ont capturé la ville de Gao.", {(UAG_MLI, "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_people_captured(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
