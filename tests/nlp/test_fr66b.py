"""French war reporting (issue 14), round 66b, in sentences of our own: a person or body of no force
(a minister, a president, a delegation) entering a town takes nothing, even when a demonym names his
state; forces entering it still take it. A state condemning an attack abroad does not give its
country to the attackers; a group noun naming one KB actor in a country names it where the place of
its act gives that country. Each rule with a near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister, a president, a delegation of a state entering a town is no capture
        ("Le ministre tchadien est entré dans Abéché mardi.", set()),
        ("Le président malien est entré à Gao sous les applaudissements.", set()),
        ("Une délégation nigérienne est entrée dans Agadez.", set()),
        # negative: the state's troops entering the town take it
        ("Les soldats tchadiens sont entrés dans Abéché mardi.",
         {("Chadian Armed Forces", "CAPTURE", None, "Abéché")}),
    ],
)  # fmt: skip
def test_unarmed_people_entering_a_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


UAG_MLI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state condemning an attack abroad: the attackers it names are not of its country
        ("La Belgique a condamné l'attaque des rebelles contre Tessalit.",
         {("Belgium", "ACCUSE", UAG_MLI, None), (UAG_MLI, "FIGHT", None, None)}),
        # negative: a state condemning an attack on a town of its own keeps its own rebels
        ("Le Mali a condamné l'attaque des rebelles contre Gao.",
         {("Mali", "ACCUSE", UAG_MLI, None), (UAG_MLI, "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_condemned_attackers_abroad(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group noun naming one KB actor in its country names it where the place gives the country
        ("Des paramilitaires ont pilonné El Fasher dans la nuit.",
         {("Rapid Support Forces", "FIGHT", None, "El Fasher")}),
        # negative: in another country the noun stays the unidentified armed group
        ("Des paramilitaires ont bombardé un village près de Cali.",
         {("Unidentified Armed Group (Colombia)", "FIGHT", None, "Cali")}),
    ],
)  # fmt: skip
def test_group_nouns_placed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
