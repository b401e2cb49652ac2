"""French leftovers (issue 14), round 38: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "des" the tagger reads as a preposition after a transitive verb is the object's article
        ("Les islamistes ont exécuté des soldats maliens à Aguelhok.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Malian Armed Forces", "Aguelhok")}),
        ("Les rebelles ont exécuté des soldats capturés près de Kidal.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Malian Armed Forces", "Kidal")}),
    ],
)  # fmt: skip
def test_partitive_object_of_a_transitive_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday after the object is no part of its name ("Douentza mardi" read as one name)
        ("Les soldats maliens ont repris Douentza mardi.",
         {("Malian Armed Forces", "CAPTURE", None, "Douentza")}),
        ("Les islamistes ont repris Douentza mardi.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Douentza")}),
    ],
)  # fmt: skip
def test_weekday_after_the_object(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_compass_point_after_a_plural_noun_is_no_verb() -> None:
    """ "les quartiers est de Homs": "est" modifies the neighbourhoods, "de Homs" completes them."""
    from conflictkg.nlp.pipeline import load_pipeline

    assert rows("L'aviation a bombardé les quartiers est de Homs.") == {
        ("Syrian Arab Army", "FIGHT", None, "Homs")
    }
    doc = load_pipeline("fr")("L'aviation a bombardé les quartiers est de Homs.")  # resources set by rows
    est, homs = doc[6], doc[8]
    assert (est.pos_, est.dep_, est.head.text) == ("NOUN", "amod", "quartiers")
    assert (homs.dep_, homs.head.text) == ("nmod", "quartiers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "armée" right after a noun is its adjective (armed), never the country's army
        ("Une bande armée a tué trois civils près de Homs.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Une bande armée a enlevé deux commerçants à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_armed_band_is_no_army(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's opening "Country :" labels the story; it is no party to the clause after it
        ("Syrie : des rebelles attaquent une base près d'Alep.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Syrie : la Ligue arabe condamne les massacres.",
         {("Arab League", "ACCUSE", None, None)}),
        ("Mali : les islamistes prennent Konna.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Konna")}),
    ],
)  # fmt: skip
def test_headline_topic_label(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "envers" read as a verb or a noun is the preposition of whom the attack hits
        ("Les rebelles ont commis des agressions envers des journalistes à Alep.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Journalists (Syria)", "Aleppo")}),
        ("Une agression envers des journalistes a eu lieu à Bamako.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Journalists (Mali)", "Bamako")}),
    ],
)  # fmt: skip
def test_misread_preposition(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
