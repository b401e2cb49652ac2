"""English SOHR-style headlines, fourth pass (issue 14, round 47): a city's name read as an
adjective, the place a compass point is measured from, deserts as places."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SYR = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Aleppo city": NER's nationality, the tagger's adjective, is the city's name
        ("Heavy shelling continues for a third day in Aleppo city", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        ("Mortar shells hit Aleppo city and wound four", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        # a demonym, or a word only a small town abroad is named, stays an adjective
        ("Gunmen attacked a Kurdish town near Qamishli", {(UAG_SYR, "FIGHT", None, "Al Qāmishlī")}),
        ("Shelling on an Arab village in Hasakah", {(UAG_SYR, "FIGHT", None, "Al Ḩasakah")}),
        # a bare patrol is the forces of the article's country (en47)
            ("Gunmen ambushed a patrol near a Syrian city", {(UAG_SYR, "FIGHT", "Syrian Arab Army", None)}),
    ],
)  # fmt: skip
def test_city_read_as_adjective(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<compass> of <place noun phrase>": the place it is measured from
        ("Clashes rage southwest of Aleppo city", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        ("Violent clashes west of Deir Ezzor", {(UAG_SYR, "FIGHT", None, "Deir ez-Zor")}),
        ("Fighting erupts north of the town of Saraqib", {(UAG_SYR, "FIGHT", None, "Saraqib")}),
        # the four intermediate points are words of nearness too
        ("A car bomb explodes southeast of Idlib", {(UAG_SYR, "ASSAULT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_compass_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the X desert", "the desert of X": a place noun, placed at the place that names it
        ("Renewed clashes in the Homs desert", {(UAG_SYR, "FIGHT", None, "Homs")}),
        ("Regime forces advance in the eastern desert of Homs", {(SAA, "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_deserts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "between X and Y" hung on the fight's place is the fight's: the two sides fight each other
        ("Clashes in the countryside of Hama province between the rebel factions and the regime forces",
         {(SAA, "FIGHT", UAG_SYR, "Ḩamāh"), (UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("Fierce fighting in the outskirts of Daraa between the rebels and the army",
         {(SAA, "FIGHT", UAG_SYR, "Dar‘ā"), (UAG_SYR, "FIGHT", SAA, "Dar‘ā")}),
        # a span of time is no pair of sides
        ("Shelling on Idlib between midnight and dawn", {(UAG_SYR, "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_sides_after_the_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


SNA = "Syrian National Army"
SDF = "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Syrian factions Turkey backs, however a headline writes it, are the Syrian National Army
        ("Pro-Turkish factions attack Tal Rifaat", {(SNA, "FIGHT", None, "Tall Rif‘at")}),
        ("The pro-Turkey factions shelled villages near Tal Tamr", {(SNA, "FIGHT", None, "Tall Tamr")}),
        ("Turkish-backed factions attack Azaz",
         {(SNA, "FIGHT", None, "I‘zāz"), ("Turkey", "SUPPORT", SNA, None)}),
        # "Syria Democratic Forces": the SDF, not the Syrian army
        ("Seven members of Syria Democratic Forces were wounded in battles near al-Raqqa",
         {(UAG_SYR, "FIGHT", SDF, "Ar Raqqah")}),
        ("The Syria Democratic Forces advance inside Raqqa", {(SDF, "FIGHT", None, "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_named_sides(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
