"""French predicates and parser slips (issue 14), round 35: sentences of our own, as exact (actor,
type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MALI_AG = "Unidentified Armed Group (Mali)"
AQIM = "Al-Qaeda in the Islamic Maghreb"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group noun the tagger reads as an adjective, its demonym after it
        ("Les rebelles touaregs assiègent Kidal depuis mardi.", {(MALI_AG, "FIGHT", None, "Kidal")}),
        ("Des rebelles touaregs ont attaqué Kidal à l'aube.", {(MALI_AG, "FIGHT", None, "Kidal")}),
        # an adjective with no determiner of its own stays one
        ("Les forces rebelles ont attaqué Kidal jeudi.", {(MALI_AG, "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_group_noun_read_as_adjective(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past participle opening the sentence qualifies the main clause's subject
        ("Tués par balles, deux soldats maliens ont été retrouvés samedi près de Gao.",
         {(MALI_AG, "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Enlevés en mars par AQMI, les otages français ont été libérés lundi.",
         {(AQIM, "ASSAULT", "Civilians (France)", None), (AQIM, "CONCEDE", "Civilians (France)", None)}),
        # the main clause keeps its own event
        ("Arrivés jeudi au Mali, les soldats tchadiens ont attaqué les jihadistes près de Tessalit.",
         {("Chadian Armed Forces", "FIGHT", MALI_AG, "Tessalit")}),
    ],
)  # fmt: skip
def test_fronted_participle(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hostages freed with no one named: by their captors, the abductors told before
        ("AQMI a enlevé trois humanitaires près de Tombouctou en avril. "
         "Les otages ont été relâchés mercredi.",
         {(AQIM, "ASSAULT", "Civilians (Mali)", "Timbuktu"), (AQIM, "CONCEDE", "Civilians", None)}),
        ("Les otages ont été libérés mardi au Niger.",
         {("Unidentified Armed Group (Niger)", "CONCEDE", "Civilians (Niger)", "Niger")}),
        # prisoners or a journalist freed on bail are no captives' release
        ("Le journaliste a été libéré sous caution vendredi à Bamako.", set()),
        ("Une centaine de prisonniers ont été libérés samedi à Kaboul.", set()),
    ],
)  # fmt: skip
def test_captives_freed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intervention against someone is a military one, its demonym its actor (a state strikes
        # abroad: the group is of no country told, site69)
        ("L'intervention française contre les jihadistes a débuté samedi au Mali.",
         {("France", "FIGHT", MALI_AG, "Mali")}),
        ("Le Tchad a lancé une intervention militaire contre les islamistes.",
         {("Chad", "FIGHT", "Unidentified Armed Group", None)}),
        # alone it is none, and aid asked for stays a request
        ("L'intervention du ministre devant les députés a duré une heure.", set()),
        ("Le Mali a sollicité l'intervention du Tchad.", {("Mali", "REQUEST", "Chad", None)}),
    ],
)  # fmt: skip
def test_intervention_against(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's official (or a former one) arrested with no agent named: the arrest stands
        ("Un haut responsable malien a été arrêté samedi à Bamako.",
         {("Police Forces of Mali", "COERCE", "Mali", "Bamako")}),
        ("Un ex-ministre malien a été interpellé jeudi à Bamako.",
         {("Police Forces of Mali", "COERCE", "Mali", "Bamako")}),
        # the state itself is no one arrested
        ("Le Mali a été critiqué jeudi.", set()),
    ],
)  # fmt: skip
def test_official_arrested(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense verb after a two-word country name (a name and its adjective)
        ("L'Arabie saoudite arme les rebelles syriens.",
         {("Saudi Arabia", "AID", "Unidentified Armed Group (Syria)", None)}),
        ("L'Arabie saoudite finance les rebelles libyens.",
         {("Saudi Arabia", "AID", "Unidentified Armed Group (Libya)", None)}),
        ("La Côte d'Ivoire soutient la Cédéao.", {("Ivory Coast", "SUPPORT", "ECOWAS", None)}),
    ],
)  # fmt: skip
def test_present_verb_after_country_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the soldiers of a coup are the country's military, not an unnamed actor defaulted to the police
        ("Les putschistes ont arrêté plusieurs ministres vendredi à Bamako.",
         {("Malian Armed Forces", "COERCE", "Mali", "Bamako")}),
    ],
)  # fmt: skip
def test_putschists(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
