"""French war leftovers (issue 14), round 39: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finite present the parser hangs on its subject as a modifier heads its clause again
        ("L'armée syrienne bombarde Homs.", {(SAA, "FIGHT", None, "Homs")}),
        ("L'armée syrienne bombarde depuis mardi les quartiers rebelles de Homs.",
         {(SAA, "FIGHT", None, "Homs")}),
        # a present the tagger reads as a participle though it lacks the é of one
        ("L'armée bombarde Homs.", {(SAA, "FIGHT", None, "Homs")}),
        # the name after a verb is its object, never a part of a name
        ("Le régime syrien bombarde Alep et Homs.", {("Syria", "FIGHT", None, "Aleppo")}),
        # already right, kept: the present after a plural subject, a relative with its own subject
        ("Les troupes françaises reprennent Gao.", {("French Armed Forces", "CAPTURE", None, "Gao")}),
        ("Les rebelles attaquent un convoi près d'Alep.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_present_tense_reports(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of frequency on a simple present: a habit, no event
        ("L'armée syrienne bombarde souvent Homs.", set()),
        ("Les talibans attaquent fréquemment des postes de police dans la province de Helmand.", set()),
        # in the past each time was an event; "toujours" (still) tells one going on
        ("L'armée a souvent bombardé Homs.", {(SAA, "FIGHT", None, "Homs")}),
        ("L'armée bombarde toujours Homs.", {(SAA, "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_habits_are_no_events(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place phrase opening the sentence up to a comma is where the clause's events happen, even
        # when it names the country the event is aimed at
        ("Au Mali, la junte a renversé le président.", {("Malian Armed Forces", "COERCE", "Mali", "Mali")}),
        ("Dans le nord du Mali, les islamistes ont détruit des mausolées.",
         {("Unidentified Armed Group (Mali)", "COERCE", None, "Mali")}),
        # not fronted: the country given to is the target, not where the aid happens
        ("La France a fourni une aide militaire au Mali.", {("France", "AID", "Mali", None)}),
    ],
)  # fmt: skip
def test_fronted_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers of a body of several states no mention names: never the forces of the country
        # they fight in; the coalition at war there in the article's year (ISAF in Afghanistan in
        # 2012: kb/shared_names.toml, round re3d75)
        ("Les soldats de la coalition ont tué trois insurgés dans la province de Helmand.",
         {("ISAF", "FIGHT", "Unidentified Armed Group (Afghanistan)", "Helmand")}),
        ("Des soldats de la coalition ont été tués par une bombe à Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "ISAF", "Kandahār")}),
        # a body the knowledge base names, or a demonym, still decides
        ("Les soldats de l'OTAN ont tué trois insurgés dans la province de Helmand.",
         {("NATO", "FIGHT", "Unidentified Armed Group (Afghanistan)", "Helmand")}),
        ("Les soldats maliens ont tué trois insurgés près de Gao.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_soldiers_of_a_coalition(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
