"""French war reporting (issue 14), round 66, in sentences of our own: forces entering a town with
"à" take it (a country after "au"/"en" is no capture: the gazetteer's settlement kinds decide);
nuns, health workers and village chiefs killed or abducted are civilians; a state's camp joined to
"pro" ("milices prorusses") makes a militia an armed group of where it fights; Koglweogo
self-defence groups are a KB militia of Burkina Faso; the two sides of a reciprocal verb the parser
nests ("des combattants de X et des soldats du régime se sont affrontés") fight each other; a
peacekeeper with no mission named is the KB's UN mission of the country. Each rule with a near
sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG = "Unidentified Armed Group (Mali)"
UAG_UKR = "Unidentified Armed Group (Ukraine)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces entering a town after "à" take it, with or without a fight said not to happen
        ("Les rebelles sont entrés à Tessalit dans la soirée.", {(UAG, "CAPTURE", None, "Tessalit")}),
        ("Les jihadistes sont entrés sans combat à Ménaka.", {(UAG, "CAPTURE", None, "Ménaka")}),
        # negative: a country entered ("au", "en") is no town taken; nor a minister entering a town
        ("Les troupes tchadiennes sont entrées au Mali en janvier.", set()),
        ("Le ministre est entré à Ménaka.", set()),
    ],
)  # fmt: skip
def test_forces_entering_a_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nuns (a noun the tagger reads as an adjective), health workers, village chiefs: civilians
        ("Trois religieuses ont été enlevées par des hommes armés près de Ménaka.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Ménaka")}),
        ("Cinq agents de santé ont été enlevés par des hommes armés près de Tessalit.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Tessalit")}),
        ("Le chef du village a été abattu par des jihadistes près de Tessalit.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Tessalit")}),
        ("Des jihadistes ont abattu un chef coutumier près de Ménaka.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Ménaka")}),
        # negative: a rebel chief is the armed group; nuns praying are no victims
        ("Le chef rebelle a été tué par l'armée malienne près de Tessalit.",
         {("Malian Armed Forces", "FIGHT", UAG, "Tessalit")}),
        ("Les religieuses ont prié pour la paix à Ménaka.", set()),
    ],
)  # fmt: skip
def test_civilian_victims(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's camp joined to "pro": the militia is an armed group of where it fights, backed
        ("Les milices prorusses ont attaqué un village près de Louhansk.",
         {(UAG_UKR, "FIGHT", None, "Luhansk"), ("Russia", "SUPPORT", UAG_UKR, None)}),
        # negative: a militia of no camp stays a communal militia
        ("Des milices ont attaqué un village près de Louhansk.",
         {("Unidentified Communal Militia (Ukraine)", "FIGHT", None, "Luhansk")}),
    ],
)  # fmt: skip
def test_camp_militias(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des Koglweogo ont abattu quatre éleveurs près de Kaya.",
         {("Koglweogo", "ASSAULT", "Civilians (Burkina Faso)", "Kaya")}),
        # negative: the word alone in a place name or a quote is no actor acting
        ("Un débat sur les Koglweogo a eu lieu à Kaya.", set()),
    ],
)  # fmt: skip
def test_koglweogo(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


FLA = "Strategic Framework for the Defence of the People of Azawad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second side, nested by the parser in the first one's complement, is a side of its own
        ("Des combattants de HTS et des soldats du régime se sont affrontés près d'Alep.",
         {("Hayat Tahrir al-Sham", "FIGHT", "Syrian Arab Army", "Aleppo"),
          ("Syrian Arab Army", "FIGHT", "Hayat Tahrir al-Sham", "Aleppo")}),
        ("Des combattants du FLA et des soldats maliens se sont affrontés près de Tessalit.",
         {(FLA, "FIGHT", "Malian Armed Forces", "Tessalit"),
          ("Malian Armed Forces", "FIGHT", FLA, "Tessalit")}),
        # negative: fighters "of" both groups stay one complement, the two groups still the sides
        ("Des combattants du FLA et de l'État islamique se sont affrontés près de Ménaka.",
         {(FLA, "FIGHT", "Islamic State", "Ménaka"), ("Islamic State", "FIGHT", FLA, "Ménaka")}),
    ],
)  # fmt: skip
def test_reciprocal_sides(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a peacekeeper with no mission named: the KB's UN mission of the place's country
        ("Deux casques bleus ont été tués par une mine près de Tessalit.",
         {(UAG, "FIGHT", "MINUSMA", "Tessalit")}),
        ("Les Casques bleus ont riposté à des tirs près de Tyr.",
         {("UNIFIL", "FIGHT", None, "Tyre")}),
        # negative: a helmet is no peacekeeper
        ("Un soldat a perdu son casque près de Tessalit.", set()),
    ],
)  # fmt: skip
def test_peacekeepers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of positions shelled is the target, not the state; a state's soldiers its forces
        ("L'armée malienne a pilonné des positions des rebelles près de Tessalit.",
         {("Malian Armed Forces", "FIGHT", UAG, "Tessalit")}),
        ("Des militaires français ont abattu deux jihadistes près de Ménaka.",
         {("French Armed Forces", "FIGHT", UAG, "Ménaka")}),
        # negative: positions of no one named give no target
        ("L'armée malienne a pilonné des positions près de Tessalit.",
         {("Malian Armed Forces", "FIGHT", None, "Tessalit")}),
    ],
)  # fmt: skip
def test_owners_and_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
