"""English shapes of round en49 (issue 14): sentences of our own, as exact (actor, type, target,
place) rows. A state's name before a plural attack noun the tagger read as a verb ("U.S.
airstrikes") still names the strikes' author, as its demonym does; an attack that is the passive
subject of a light verb ("was carried out by", "was conducted by") is the agent's; a counterattack or
a counteroffensive is a fight as an attack or an offensive is, and an offensive continued is one."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_SYR = "Unidentified Armed Group (Syria)"
UAG_SOM = "Unidentified Armed Group (Somalia)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. airstrikes against al-Qaida cells in Idlib killed 20 militants on Monday.",
         {("United States", "FIGHT", UAG_SYR, "Idlib")}),
        ("US air strikes on Shabaab camps near Kismayo killed 12 fighters.",
         {("United States", "FIGHT", UAG_SOM, "Kismayo")}),
        ("American airstrikes against al-Qaida cells in Idlib killed 20 militants on Monday.",
         {("United States", "FIGHT", UAG_SYR, "Idlib")}),
        ("Russian air strikes on Idlib killed twelve people on Sunday.",
         {("Russia", "ASSAULT", "Civilians (Syria)", "Idlib")}),
    ],
)  # fmt: skip
def test_state_before_attack_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack on the army convoy near Mogadishu was carried out by al-Shabaab on Monday.",
         {("Al-Shabaab", "FIGHT", "Somali National Army", "Mogadishu")}),
        ("The ambush on the patrol near Gao was carried out by JNIM.",
         {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("The bombing of the market in Maiduguri was carried out by Boko Haram.",
         {("Boko Haram", "FIGHT", None, "Maiduguri")}),
        ("The raid on the village was conducted by Malian troops.",
         {("Malian Armed Forces", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_attack_carried_out_by(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISIS launched a counter-attack against the SDF near Hajin.",
         {("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn")}),
        ("The army mounted a counteroffensive against the rebels near Homs.",
         {("Syrian Arab Army", "FIGHT", UAG_SYR, "Homs")}),
        ("The Taliban counterattacked Afghan forces in Kunduz on Monday.",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", "Kunduz")}),
        ("The SDF continue the offensive against ISIS in Deir ez-Zor.",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "Deir ez-Zor")}),
        ("The SDF continued their offensive against ISIS near Raqqa on Friday.",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_counterattacks_and_offensives(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
