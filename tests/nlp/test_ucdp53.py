"""English SOHR-style headlines, round 53 (issue 14): the spellings the Syrian Observatory's English
headlines give Syrian towns, districts and areas (gazetteer alias data), and a desert named after a
town standing for that town as its countryside does."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"
ANY = "Unidentified Armed Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelling GeoNames lacks for one of its own towns is that town
        ("Kurdish fighters repelled an IS raid near Menbej on Sunday",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "Manbij")}),  # case81: Kurdish fighters
        ("Warplanes pounded Bokmal and its farms overnight", {(SAA, "FIGHT", None, "Ālbū Kamāl")}),
        # districts and areas GeoNames lacks
        ("Rebels shelled regime posts in the Wa'er district", {(UAG, "FIGHT", SAA, "Al-Waer")}),
        ("Islamic State fighters attacked army posts in Tlul al-Safa",
         {("Islamic State", "FIGHT", SAA, "Tlul al-Safa")}),
        ("Factions clashed with IS cells in the Yarmouk Basin",
         {(UAG, "FIGHT", "Islamic State", "Yarmouk Basin")}),
    ],
)  # fmt: skip
def test_observatory_spellings(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the desert of a town is placed at that town
        ("Jihadists ambushed a regime convoy in the Palmyra desert", {(UAG, "FIGHT", SAA, "Tadmur")}),
        # a desert named by no town is no place (never a namesake abroad)
        ("Jihadists ambushed a regime convoy in the desert",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
        # the Sahara is a region of its own (geo54: a famous region resolves to the region)
        ("Gunmen ambushed a patrol in the Sahara desert",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", "Sahara")}),
    ],
)  # fmt: skip
def test_town_deserts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_syrian_desert_is_the_badia() -> None:
    from conflictkg.knowledge.gazetteer import Gazetteer

    hit = Gazetteer.load().lookup("the Syrian Desert")
    assert hit is not None and (hit.name, hit.country) == ("Syrian Desert", "SYR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day's toll whose 'including' list names a group stands beside a killing of its own clause
        # (in Syria, the regime forces' home in a text naming no place: nlp/ruled_home.py, round ucdp89)
        ("64 people were killed on Friday, including nine members of the regime forces, and 12 people "
         "were killed in shelling",
         {(UAG, "FIGHT", SAA, "Syria"), (UAG, "FIGHT", None, "Syria")}),
        # 'from' names the members' group as 'of' does
        ("64 people were killed on Friday, including nine members from the regime forces, and 5 "
         "civilians were killed in airstrikes",
         {(UAG, "FIGHT", SAA, "Syria"), (UAG, "ASSAULT", "Civilians (Syria)", "Syria")}),
        # a toll of the fight told in its own clause stays that fight's toll
        ("Five soldiers were killed in clashes between the army and rebels near Hama",
         {(SAA, "FIGHT", UAG, "Ḩamāh"), (UAG, "FIGHT", SAA, "Ḩamāh")}),
        # counted victims with no 'including' list stay the toll of the act told beside them
        ("Two soldiers were killed and the rebels shelled Hama", {(UAG, "FIGHT", None, "Ḩamāh")}),
    ],
)  # fmt: skip
def test_day_tolls_by_group(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
