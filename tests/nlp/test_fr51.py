"""French shapes (issue 14), round 51: titles NER takes into a person's name, stones thrown, the
country of protesters at a foreign mission, a mayor speaking unnamed; sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_SL = "Unidentified Armed Group (Sierra Leone)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised title is dropped from the name as a lower-case one is
        ("Le Président Koroma a accusé les rebelles d'avoir attaqué Freetown.",
         {("Koroma", "ACCUSE", UAG_SL, None)}),
        ("Le président Koroma a accusé les rebelles d'avoir attaqué Freetown.",
         {("Koroma", "ACCUSE", UAG_SL, None)}),
        # negative: a name with no title keeps all its words
        ("Ernest Koroma a accusé les rebelles d'avoir attaqué Freetown.",
         {("Ernest Koroma", "ACCUSE", UAG_SL, None)}),
    ],
)  # fmt: skip
def test_titles_dropped(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stones thrown at a building or at people: a riot
        ("Des jeunes ont jeté des pierres contre le consulat de France à Bamako.",
         {("Rioters (Mali)", "PROTEST", "France", "Bamako")}),  # against France (round frreal82)
        ("Des étudiants ont lancé des cailloux sur la police à Dakar.",
         {("Rioters (Senegal)", "PROTEST", "Police Forces of Senegal", "Dakar")}),
        ("Des pierres ont été jetées contre l'ambassade de France à Bamako.",
         {("Rioters (Mali)", "PROTEST", "France", "Bamako")}),  # against France (round frreal82)
        # negative: leaflets thrown are no riot
        ("Des manifestants ont lancé des tracts sur la foule à Dakar.", set()),
    ],
)  # fmt: skip
def test_stones_thrown(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state owning the mission is not the host: the other country named is
        ("La Chine a protesté contre le Japon. Des manifestants ont jeté des pierres contre le "
         "consulat du Japon.",
         {("China", "PROTEST", "Japan", None), ("Rioters (China)", "PROTEST", "Japan", None)}),
        ("Des centaines de manifestants se sont rassemblés devant l'ambassade de France. La police "
         "malienne les a dispersés.",
         {("Protesters (Mali)", "PROTEST", "France", None),
          ("Police Forces of Mali", "COERCE", "Protesters (Mali)", None)}),
        # named alone, the owner tells nothing of the host
        ("Des manifestants ont jeté des pierres contre le consulat du Japon.",
         {("Rioters", "PROTEST", "Japan", None)}),  # a riot against Japan (round frreal82)
        # negative: the centre of a country is no mission
        ("Des islamistes ont attaqué un camp militaire dans le centre du Mali. Des soldats français "
         "sont arrivés à Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", None),
          ("French Armed Forces", "MOBILIZE", None, "Gao")}),
    ],
)  # fmt: skip
def test_mission_owner_not_host(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mayor with no name speaks for the state
        ("Le maire de Gao a accusé les islamistes de l'attaque.",
         {("Mali", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        # negative: a named mayor stays the person
        ("Le maire de Gao, Sadou Diallo, a accusé les islamistes de l'attaque.",
         {("Sadou Diallo", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
    ],
)  # fmt: skip
def test_unnamed_mayor(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
