"""French war reporting (issue 14), round 57: places that fall into the hands or pass under the
control of a group, and a fronted place with its country set off after it, in sentences of our own,
as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the contracted "des" the parser reads as an article: the group noun is still the holder,
        # and its own complement names the group
        ("Ménaka est tombée aux mains des rebelles du MNLA.",
         {(MNLA, "CAPTURE", None, "Ménaka")}),
        ("La ville de Douentza est tombée aux mains des combattants du Mujao.",
         {(MUJAO, "CAPTURE", None, "Douentza")}),
        ("Tessalit est tombée aux mains des rebelles.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Tessalit")}),
        # a place passing under the control or into the hands of a group is taken by it
        ("Tombouctou est passée sous le contrôle des rebelles touareg du MNLA.",
         {(MNLA, "CAPTURE", None, "Timbuktu")}),
        ("La ville de Gao est passée sous le contrôle du Mujao.",
         {(MUJAO, "CAPTURE", None, "Gao")}),
        ("Anéfis est passée aux mains des islamistes.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Anéfis")}),
    ],
)  # fmt: skip
def test_taken_into_hands(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier est passé sous le contrôle du ministère.",  # no place: nothing taken
        "Le ministre est passé à Gao.",  # no hands, no control: a visit at most
        "Le soldat est tombé aux mains de la foule.",  # a person, no place
    ],
)
def test_not_taken(text: str) -> None:
    assert rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbless headline: the capture noun with two coordinated captors
        ("La prise de Ménaka par les islamistes et le MNLA.",
         {(MNLA, "CAPTURE", None, "Ménaka"),
          ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Ménaka")}),
        ("La prise de Kunduz par les talibans.", {("Taliban", "CAPTURE", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_headline_captures(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country set off after a fronted town says where the town lies: the event is at the town
        ("À Ménaka, au Mali, des islamistes ont attaqué un poste.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Ménaka")}),
        ("À Kidal, au Mali, des rebelles ont attaqué un poste de police.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Kidal")}),
        # negative: a fronted country alone is the scene
        ("Au Mali, des islamistes ont attaqué un poste.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Mali")}),
    ],
)  # fmt: skip
def test_fronted_town_with_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_conjunct_across_agent_negative() -> None:
    # two places taken by one captor: the second place stays a place, no second captor
    assert rows("La prise de Kidal par le MNLA.") == {(MNLA, "CAPTURE", None, "Kidal")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs sharing the object the parser hangs on the last one: both at its place
        ("Des islamistes ont attaqué puis pillé le poste de police de Ménaka.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Ménaka"),
          ("Unidentified Armed Group (Mali)", "COERCE", "Police Forces of Mali", "Ménaka")}),
        ("Des rebelles ont attaqué et pillé Ménaka.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Ménaka"),
          ("Unidentified Armed Group (Mali)", "COERCE", None, "Ménaka")}),
    ],
)  # fmt: skip
def test_shared_object_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hyphened place noun stays whole: the town named after it is the place
        ("Les rebelles ont pris le poste-frontière de Jarablous.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Jarābulus")}),
        ("Les rebelles ont pris un poste-frontière près d'Alep.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_hyphened_border_post(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: a first verb with an object of its own, a second verb with a subject of its own
        ("Des rebelles ont attaqué Gao puis pillé Ménaka.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao"),
          ("Unidentified Armed Group (Mali)", "COERCE", None, "Ménaka")}),
        ("Les rebelles ont attaqué, et l'armée a pillé Ménaka.",
         {("Unidentified Armed Group", "FIGHT", None, None),
          ("Malian Armed Forces", "COERCE", None, "Ménaka")}),
        # a border post closed is no event
        ("Les autorités turques ont fermé le poste-frontière de Jarablous.", set()),
    ],
)  # fmt: skip
def test_not_shared(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the weapon was fired from is no place of the attack
        ("Des obus de mortier tirés depuis la Syrie sont tombés sur un hameau turc.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Turkey", None)}),
        # negatives: the attack noun's own complement, or "depuis" on no participle, still places it
        ("Le bombardement d'Alep a tué cinq civils.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Aleppo")}),
        ("Une attaque depuis la Syrie a tué deux soldats turcs.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Military Forces of Turkey", "Syria")}),
    ],
)  # fmt: skip
def test_fired_from(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
