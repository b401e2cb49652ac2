"""French war reporting (issue 14), round 63, in sentences of our own: forces entering a town
("sont entrés sans combat dans X") take it; someone hit by fire ("touché par des tirs") is the
target of the shooters' attack; forces marching on a town advance on it where a crowd protests; a
curfew binds the civilians of the country. Each rule with a near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces entering a town; a place hung on "sans combat" is the verb's
        ("Les rebelles sont entrés sans combat dans Ménaka.", {(UAG, "CAPTURE", None, "Ménaka")}),
        ("Les troupes tchadiennes sont entrées sans résistance dans Tessalit.",
         {("Chadian Armed Forces", "CAPTURE", None, "Tessalit")}),
        # negative: no force entering
        ("Des manifestants sont entrés dans la mairie de Ménaka.", set()),
        ("Le ministre est entré dans Ménaka.", set()),
    ],
)  # fmt: skip
def test_forces_entering(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hit by fire or a weapon: the unnamed shooters' attack on the one hit
        ("Un gendarme a été touché par des tirs près de Ménaka.",
         {(UAG, "FIGHT", "Police Forces of Mali", "Ménaka")}),
        ("Quatre civils ont été touchés par des tirs d'obus à Tessalit.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Tessalit")}),
        # negative: hit by something that is no weapon
        ("Le village a été touché par des pluies torrentielles à Ménaka.", set()),
        ("Le gardien a touché le ballon à Tessalit.", set()),
    ],
)  # fmt: skip
def test_hit_by_fire(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the marchers' class decides: armed men advance, a crowd protests
        ("Les jihadistes ont marché sur Ménaka.", {(UAG, "FIGHT", None, "Ménaka")}),
        ("Des centaines d'étudiants ont marché sur Ménaka.",
         {("Protesters (Mali)", "PROTEST", None, "Ménaka")}),
        # negative: soldiers walking through streets advance on nothing
        ("Les soldats ont marché dans les rues de Ménaka.", set()),
    ],
)  # fmt: skip
def test_marched_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curfew binds the civilians of the country, as in English
        ("Le gouvernement malien a instauré un couvre-feu nocturne à Ménaka.",
         {("Mali", "MOBILIZE", "Civilians (Mali)", "Ménaka")}),
        # negative: something else decreed binds no one
        ("Le gouvernement malien a décrété une journée de deuil à Ménaka.", set()),
    ],
)  # fmt: skip
def test_curfew_binds_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack repelled: the place its aim names, hung on the verb or on the attack noun
        ("L'armée a repoussé une attaque des rebelles contre sa base de Tessalit.",
         {("Malian Armed Forces", "FIGHT", UAG, "Tessalit")}),
        ("L'armée a repoussé un assaut des rebelles contre le camp militaire de Tessalit.",
         {("Malian Armed Forces", "FIGHT", UAG, "Tessalit")}),
        # negative: a date or an offer pushed back is no fight
        ("Le gouvernement malien a repoussé la date du scrutin à Ménaka.", set()),
        ("Le gouvernement malien a repoussé l'offre de trêve des rebelles.", set()),
    ],
)  # fmt: skip
def test_attack_repelled(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
