"""French war reporting (issue 14), round 33: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
PAK_ARMED = "Unidentified Armed Group (Pakistan)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "militants" a drone, forces or an attack kill are fighters, not activists (sahel34: a state's
        # drone is its military's, was the state)
        ("Une frappe de drone américain a tué cinq militants dans le Waziristan du Nord.",
         {("Military Forces of the United States", "FIGHT", PAK_ARMED, "North Waziristan")}),
        ("Trois militants ont été tués par un drone américain au Pakistan.",
         {("Military Forces of the United States", "FIGHT", PAK_ARMED, "Pakistan")}),
        ("Des soldats pakistanais ont abattu quatre militants dans le nord-ouest du pays.",
         {("Military Forces of Pakistan", "FIGHT", PAK_ARMED, None)}),
        # ... and so are militants who attack
        ("Des militants ont attaqué un convoi de l'armée près de Peshawar.",
         {(PAK_ARMED, "FIGHT", "Military Forces of Pakistan", "Peshawar")}),
        ("Des militants ont tendu une embuscade à une patrouille de soldats près de Peshawar.",
         {(PAK_ARMED, "FIGHT", "Military Forces of Pakistan", "Peshawar")}),
        # a party's activists, or marchers, stay what they are
        ("Des militants de l'opposition ont manifesté samedi à Dakar.",
         {("Opposition (Senegal)", "PROTEST", None, "Dakar")}),
        ("Des centaines de militants ont défilé à Paris contre la guerre.",
         {("Protesters (France)", "PROTEST", None, "Paris")}),
    ],
)  # fmt: skip
def test_militants_as_fighters(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "assiège" of "assiéger", which the tagger reads as a noun: the verb again
        ("L'armée syrienne assiège la ville de Homs depuis un mois.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        # a noun after its determiner stays a noun
        ("Le siège de Homs dure depuis des semaines.", set()),
    ],
)  # fmt: skip
def test_grave_accent_present(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prendre d'assaut X": storming X, an attack on the place or on the party there
        ("Des chars de l'armée ont pris d'assaut la ville de Hama.",
         {("Syrian Arab Army", "FIGHT", None, "Ḩamāh")}),
        ("Les soldats maliens ont pris d'assaut le camp des islamistes à Konna.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Konna")}),
        # a military post (held_site_nouns 'poste', 'militaire'): the army holding it is hit
        ("Les rebelles ont pris d'assaut un poste militaire près d'Idleb.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Idlib")}),
    ],
)  # fmt: skip
def test_storming(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "en bombardant", read as a noun by the tagger: the gerund's bombing and its object again
        ("L'armée turque a riposté en bombardant des positions syriennes.",
         {("Military Forces of Turkey", "FIGHT", "Syrian Arab Army", None),
          ("Military Forces of Turkey", "FIGHT", None, None)}),
        ("Les soldats maliens ont répondu en bombardant les positions des rebelles près de Gao.",
         {("Malian Armed Forces", "FIGHT", None, "Gao")}),
    ],
)  # fmt: skip
def test_gerunds(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air raids no one is named the author of: the state's forces, not an unnamed armed group
        ("Des raids aériens ont frappé Alep mardi.", {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        ("Des frappes aériennes ont tué dix civils à Alep.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Aleppo")}),
        # an attack with no air modifier stays the unnamed group's
        ("Une attaque a tué dix soldats à Alep.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        # a name the parser hangs loosely on the verb, a weekday on it, is still the place hit
        ("Les rebelles ont attaqué Alep mardi.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_air_raids_with_no_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shells that fall ("tomber", a verb of motion with "être") are an attack where they fell
        ("Des obus de mortier sont tombés sur Homs.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Homs")}),
        ("Des obus sont tombés sur Akçakale, en Turquie.",
         {("Unidentified Armed Group (Turkey)", "FIGHT", None, "Akçakale")}),
        # a town that falls is no attack, nor an aircraft that lands
        ("Un avion a atterri à Bamako.", set()),
        ("Le gouvernement est tombé.", set()),
    ],
)  # fmt: skip
def test_shells_that_fall(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
