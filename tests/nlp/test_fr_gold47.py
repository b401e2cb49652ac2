"""French real-gold shapes (issue 14), round 47: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country as a headline's topic label is the dateline: a ground event whose sentence
        # names no place happens there
        ("Tchad : l'armée a été mise en état d'alerte.\n"
         "Le gouvernement craint des troubles après le scrutin.",
         {("Chadian Armed Forces", "MOBILIZE", None, "Chad")}),
        # named elsewhere only as a party, the country is no place of the story
        ("L'armée a été mise en état d'alerte.\n"
         "Le gouvernement du Tchad craint des troubles après le scrutin.",
         {("Chadian Armed Forces", "MOBILIZE", None, None)}),
        # the headline's attack, placed nowhere, and the body's, placed in the dateline country only,
        # are one telling
        ("Niger : agression contre un journaliste entre Niamey et Zinder\n\n"
         "Un journaliste a été agressé dans un bus par deux individus.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Journalists (Niger)", "Niger")}),
    ],
)  # fmt: skip
def test_dateline_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people arrested whom a relative clause says took part in an attack, or committed it, are
        # its unnamed authors, not civilians
        ("La police a arrêté trois hommes qui ont participé à l'attaque contre le marché de Gao.",
         {("Police Forces of Mali", "COERCE", "Unidentified Armed Group (Mali)", None),
          ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Des soldats ont arrêté deux habitants qui avaient commis l'attentat contre la mairie de Mopti.",
         {("Malian Armed Forces", "COERCE", "Unidentified Armed Group (Mali)", None),
          ("Unidentified Armed Group (Mali)", "ASSAULT", None, "Mopti")}),
        # taking part in a protest makes no one an attacker
        ("La police a arrêté trois hommes qui ont assisté à la manifestation.",
         {("Police Forces", "COERCE", "Civilians", None), ("Protesters", "PROTEST", None, None)}),
    ],
)  # fmt: skip
def test_suspects_arrested(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
