"""French nominal events (issue 14): an event noun with its patient or agent, carried by a light
or participation verb, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrests told in the plural with no one named: civilians of the country
        ("Les forces de sécurité ont procédé à près de 2 000 arrestations depuis mars au Népal.",
         {("Police Forces of Nepal", "COERCE", "Civilians (Nepal)", "Nepal")}),
        ("La police a procédé à 200 arrestations à Bamako.",
         {("Police Forces of Mali", "COERCE", "Civilians (Mali)", "Bamako")}),
        # arrests told before ("ces arrestations") are no new event
        ("La police n'a pas commenté le lien entre ces arrestations et le sommet régional.", set()),
    ],
)  # fmt: skip
def test_arrests_of_the_unnamed_many(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient after an aside participle is still the noun's
        ("Le gouvernement malien a annoncé l'arrestation, opérée lundi, de l'opposant Oumar Mariko.",
         {("Mali", "COERCE", "Oumar Mariko", None)}),
        # people told by their demonym are civilians of their own country, wherever it happened
        ("Les émeutiers ont commis des agressions contre des Nigériens à Lomé.",
         {("Rioters (Togo)", "ASSAULT", "Civilians (Niger)", "Lomé")}),
        # who took part in an event is its actor, even of one told with a definite article
        ("Les rebelles ont participé à la prise de Gao.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_nominal_events_with_their_patient(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd's possessive says whom it backs; barricades make it rioters
        ("L'opposant togolais Jean-Pierre Fabre a dénoncé des fraudes. Ses partisans ont érigé des "
         "barricades à Lomé.",
         {("Jean-Pierre Fabre", "ACCUSE", None, None), ("Rioters (Togo)", "PROTEST", None, "Lomé")}),
        ("L'opposant togolais Jean-Pierre Fabre a dénoncé des fraudes. Ses partisans ont manifesté à Lomé.",
         {("Jean-Pierre Fabre", "ACCUSE", None, None), ("Protesters (Togo)", "PROTEST", None, "Lomé")}),
        # s'en prendre à civilians is an assault
        ("Les rebelles s'en sont pris aux civils à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        # suspending the aid given to X sanctions X
        ("Les États-Unis ont suspendu l'aide militaire fournie au Mali.",
         {("United States", "SANCTION", "Mali", None)}),
        ("La France a suspendu son aide au Mali.", {("France", "SANCTION", "Mali", None)}),
    ],
)  # fmt: skip
def test_crowds_assaults_and_suspended_aid(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
