"""English SOHR-style headlines, fifth pass (issue 14, round 48): a headline verb after a name that
ends in a plural noun, the SDF's operations and military councils, the factions Ankara backs."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SDF = "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending in a plural noun is a subject, never a modifier of the verb after it
        ("Syrian Democratic Forces advance in Raqqa countryside", {(SDF, "FIGHT", None, "Ar Raqqah")}),
        ("Syria Democratic Forces advance in rural Raqqa", {(SDF, "FIGHT", None, "Ar Raqqah")}),
        # a plural common noun already was ("the factions advance in X")
        ("The factions advance in Homs", {("Unidentified Armed Group (Syria)", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_plural_name_before_headline_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the SDF's named offensives are the SDF, as Turkey's are Turkey
        ("Clashes between Euphrates Wrath forces and ISIS near Tabqa",
         {(SDF, "FIGHT", "Islamic State", "Al-Tabqa"), ("Islamic State", "FIGHT", SDF, "Al-Tabqa")}),
        # its military councils and the security forces of its areas are members of their own
        ("Asayish forces arrested ten young men in Qamishli",
         {("Asayish", "COERCE", "Civilians (Syria)", "Al Qāmishlī")}),
        ("Pro-Ankara factions shell villages near Afrin",
         {("Syrian National Army", "FIGHT", None, "‘Afrīn")}),
    ],
)  # fmt: skip
def test_sdf_and_sna_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a ruling noun names as its own is held by the state's forces, who are fought there
        ("Rebels shelled regime positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("The factions target regime checkpoints near Daraa",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Dar‘ā")}),
        ("Rebels attacked the regime in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        # an armed group's positions were its own already
        ("The regime shelled rebel positions in Idlib",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
    ],
)  # fmt: skip
def test_regime_positions_are_its_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city many languages spell their own way is the one meant, not a small namesake elsewhere
        ("Warplanes bomb the outskirts of Palmyra", {("Syrian Arab Army", "FIGHT", None, "Tadmur")}),
        # the namesake still stands when the text says where it is
        ("Gunmen attacked a checkpoint in Palmyra, Pennsylvania",
         {("Unidentified Armed Group (United States)", "FIGHT", "Military Forces of the United States",
           "Palmyra")}),
        # "Al-Sukhnah" is As Sukhnah spelt with its article, not a loose spelling of a Libyan town
        ("Regime forces advance in the desert of Al-Sukhnah",
         {("Syrian Arab Army", "FIGHT", None, "As Sukhnah")}),
    ],
)  # fmt: skip
def test_famous_city_and_article_spelling(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass adverb on a verb that needs a place: the place it is measured from
        ("Regime forces advance north of Aleppo", {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        ("The factions advance west of Hama", {("Unidentified Armed Group (Syria)", "FIGHT", None, "Ḩamāh")}),
    ],
)  # fmt: skip
def test_compass_adverb_on_the_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
