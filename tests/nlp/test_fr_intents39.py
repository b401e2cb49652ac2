"""French round 39: threats told in the present tense, demands reported by a source phrase, the
receiver of a gift promised, and the lexicon-gaps verbs (fleeing, surrendering, arrests, killings,
"opposer"), in wire sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
REBELS_MALI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present "menace" the tagger reads as a noun heads its infinitive: the verb menacer
        ("La Turquie menace de frapper les positions kurdes en Syrie.",
         {("Turkey", "THREATEN", None, "Syria")}),
        ("La Russie menace de frapper les positions rebelles au Mali.",
         {("Russia", "THREATEN", REBELS_MALI, "Mali")}),
        ("Le Mali accepte de négocier avec les rebelles.", {("Mali", "CONSULT", REBELS_MALI, None)}),
        # the noun with its determiner stays a noun
        ("La menace de frapper la Syrie inquiète Moscou.", set()),
    ],
)  # fmt: skip
def test_present_threats(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "selon X": X says the actor must act, a demand of X
        ("Selon Paris, Damas doit se retirer du Liban.", {("France", "REQUEST", "Syria", "Lebanon")}),
        ("Selon Paris, Damas doit négocier avec l'opposition.", {("France", "REQUEST", "Syria", None)}),
        # no source, no demand; a source of a plain fact is no demand
        ("Damas doit se retirer du Liban.", {("Syria", "RETREAT", None, "Lebanon")}),
        ("Selon l'OSDH, l'armée syrienne a bombardé Homs.", {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_sourced_demands(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "à X" of a giving is its receiver, a country too, wherever the parser hangs it
        ("La France a promis d'accorder un prêt au Mali.", {("France", "AGREE", "Mali", None)}),
        ("Le Japon a promis d'accorder une aide au Niger.", {("Japan", "AGREE", "Niger", None)}),
        ("La France a promis de fournir des armes au Mali.", {("France", "AGREE", "Mali", None)}),
        ("L'Allemagne s'est engagée à livrer des blindés au Tchad.", {("Germany", "AGREE", "Chad", None)}),
        # the place a withdrawal leaves is no target: it is the promise's place
        ("La France s'est engagée à retirer ses troupes d'Afghanistan.",
         {("France", "AGREE", None, "Afghanistan")}),
    ],
)  # fmt: skip
def test_promised_gifts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les États-Unis ont suspendu l'aide militaire au Mali.",
         {("United States", "SANCTION", "Mali", None)}),
        ("Les rebelles ont fui Gao.", {(REBELS_MALI, "RETREAT", None, "Gao")}),
        ("Les rebelles se rendent aux forces maliennes.",
         {("Unidentified Armed Group", "CONCEDE", "Malian Armed Forces", None)}),
        ("La police a arrêté trois journalistes à Bamako.",
         {("Police Forces of Mali", "COERCE", "Journalists (Mali)", "Bamako")}),
        ("L'explosion a tué deux policiers à Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
        ("Des combats ont opposé l'armée malienne aux rebelles touareg.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", None),  # en66b: at home
          ("Unidentified Armed Group", "FIGHT", "Malian Armed Forces", None)}),
        # civilians fleeing and an appointment are no event of our types
        ("Des milliers d'habitants ont fui Tombouctou.", set()),
        ("Le président a nommé un nouveau Premier ministre.", set()),
    ],
)  # fmt: skip
def test_gap_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
