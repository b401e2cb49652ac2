"""French names of groups opened by a common noun of a group (issue 14, round 49): "les Brigades
d'X", "le Front de libération de Y" are an organisation of their own, named as written, not lost
nor taken for the generic group the noun names. Sentences of our own, as exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the elided "d'" stays in the name
        ("Les Brigades d'Abdel Karim Hamdan ont revendiqué l'attentat contre la caserne de Gao.",
         {("Brigades d'Abdel Karim Hamdan", "ASSAULT", None, "Gao")}),
        ("Le Front de libération du Sahel oriental a attaqué un poste de l'armée malienne près de Mopti.",
         {("Front de libération du Sahel oriental", "FIGHT", "Malian Armed Forces", "Mopti")}),
        # "Forces" opening a name: no unidentified armed group
        ("Les Forces de résistance patriotique ont tué trois soldats près de Bunia.",
         {("Forces de résistance patriotique", "FIGHT",
           "Armed Forces of the Democratic Republic of the Congo", "Bunia")}),
        ("Le Mouvement pour la justice du Nord a enlevé deux humanitaires près de Kidal.",
         {("Mouvement pour la justice du Nord", "ASSAULT", "Civilians (Mali)", "Kidal")}),
        ("Les Phalanges de la colère ont incendié un commissariat près de Bouaké.",
         {("Phalanges de la colère", "FIGHT", "Police Forces of Ivory Coast", "Bouaké")}),
    ],
)  # fmt: skip
def test_a_group_noun_opening_a_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the knowledge base knows keeps its entry
        ("Les Forces armées maliennes ont tué dix jihadistes près de Mopti.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti")}),
        # the common noun in lower case stays the generic group
        ("Des forces rebelles ont attaqué un poste de police près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Gao")}),
    ],
)  # fmt: skip
def test_no_name_without_a_capital(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of arresting takes the person named beside the common noun, as the verb does
        ("L'arrestation du journaliste, Moussa Traoré, par la police a choqué ses confrères à Bamako.",
         {("Police Forces of Mali", "COERCE", "Moussa Traoré", "Bamako")}),
        ("L'arrestation du journaliste Moussa Traoré par la police a choqué ses confrères à Bamako.",
         {("Police Forces of Mali", "COERCE", "Moussa Traoré", "Bamako")}),
        ("La police a arrêté le journaliste, Moussa Traoré, lundi à Bamako.",
         {("Police Forces of Mali", "COERCE", "Moussa Traoré", "Bamako")}),
    ],
)  # fmt: skip
def test_the_person_arrested_named_beside_a_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
