"""French generalisation (issue 14), round 50: named armed groups the KB lacked, the forces of
defence and security of a Sahel state, in sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les Brigades Abdallah Azzam ont revendiqué l'attentat de Beyrouth.",
         {("Abdullah Azzam Brigades", "ASSAULT", None, "Beirut")}),
        ("Les talibans pakistanais ont attaqué un poste de police à Peshawar.",
         {("Tehrik-i-Taliban Pakistan", "FIGHT", "Police Forces of Pakistan", "Peshawar")}),
        ("L'État islamique au Khorassan a revendiqué l'attentat de Kaboul.",
         {("Islamic State Khorasan Province", "ASSAULT", None, "Kabul")}),
        ("Les miliciens anti-balaka ont attaqué des civils à Bangui.",
         {("Anti-Balaka", "ASSAULT", "Civilians (Central African Republic)", "Bangui")}),
        ("Les Tribunaux islamiques ont pris le contrôle de Mogadiscio.",
         {("Islamic Courts Union", "CAPTURE", None, "Mogadishu")}),
        # negative: the Afghan Taliban keep their own name
        ("Les talibans ont attaqué un poste de police à Kandahar.",
         {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
    ],
)  # fmt: skip
def test_named_armed_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised or not, the forces of defence and security are the focus country's army
        ("Les Forces de défense et de sécurité ont tué dix jihadistes près de Dori.",
         {("Armed Forces of Burkina Faso", "FIGHT", "Unidentified Armed Group (Burkina Faso)", "Dori")}),
        ("Les forces de défense et de sécurité ont arrêté un suspect à Niamey.",
         {("Niger Armed Forces", "COERCE", None, "Niamey")}),
        ("Les FDS ont tué dix jihadistes près de Dori.",
         {("Armed Forces of Burkina Faso", "FIGHT", "Unidentified Armed Group (Burkina Faso)", "Dori")}),
        # negative: in Syria FDS are the Syrian Democratic Forces; a group noun with a name of its
        # own stays that name
        ("Les FDS ont repris Raqqa aux jihadistes.",
         {("Syrian Democratic Forces", "CAPTURE", "Unidentified Armed Group (Syria)", "Ar Raqqah")}),
        ("Le Front de libération du Sahel oriental a attaqué une base de l'armée à Gao.",
         {("Front de libération du Sahel oriental", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_defence_and_security_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
