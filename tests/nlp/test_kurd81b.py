"""Shared names read where the event happens (issue 14, round kurd81b): a name several actors carried
("Kurdish fighters": the YPG in Syria to 2014, the SDF from 2015, the Peshmerga in Iraq, the PKK in
Turkey; knowledge/data/kb/shared_names.toml) is, in each clause, the holder of the country of the
clause's own place (then the article's focus country, then the KB's own reading), and never an actor
the same clause names otherwise (as its target, its partner, or the owner of what it takes:
"SDF-controlled villages"): then the generic reading, the unnamed armed group of the place's country
(nlp/shared_names.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

SDF = "Syrian Democratic Forces"
YPG = "People's Protection Units"
PKK = "Kurdistan Workers' Party"
IS = "Islamic State"


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # one article, two countries: each clause's own place says whose fighters they are
        ("2020-05-01",
         "Kurdish fighters clashed with ISIS militants near Kobani on Monday. Kurdish fighters also "
         "shelled ISIS positions near Sinjar.",
         {(SDF, "FIGHT", IS, "‘Ayn al ‘Arab"), ("Peshmerga", "FIGHT", IS, "Sinjār")}),
        ("2013-08-01",
         "Kurdish fighters clashed with Islamist rebels near Ras al-Ain. Kurdish fighters also attacked an "
         "army post near Semdinli.",
         {(YPG, "FIGHT", "Unidentified Armed Group (Syria)", "Ra’s al ‘Ayn"),
          (PKK, "FIGHT", "Military Forces of Turkey", "Şemdinli")}),
        # the year picks among a country's holders: the YPG before the SDF
        ("2013-05-01", "Kurdish fighters clashed with ISIS militants near Kobani.",
         {(YPG, "FIGHT", IS, "‘Ayn al ‘Arab")}),
        ("2020-05-01", "Kurdish fighters clashed with ISIS militants near Kobani.",
         {(SDF, "FIGHT", IS, "‘Ayn al ‘Arab")}),
        ("2012-10-01", "Kurdish forces took control of Amuda from government troops.",
         {(YPG, "CAPTURE", "Syrian Arab Army", "‘Āmūdā")}),
        # Iraq and Turkey, as actor and as target
        ("2016-05-01", "Kurdish forces retook two villages from ISIS near Mosul.",
         {("Peshmerga", "CAPTURE", IS, "Mosul")}),
        ("2020-05-01", "Turkish troops killed three Kurdish fighters near Cizre.",
         {("Military Forces of Turkey", "FIGHT", PKK, "Cizre")}),
    ],
)  # fmt: skip
def test_read_where_it_happened(published: str, text: str, expected: set[Row]) -> None:
    assert rows(text, "en", published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holder there is whom they fight, fight beside or take from: the unnamed group of there
        ("Kurdish fighters attacked SDF positions near Manbij.",
         {("Unidentified Armed Group (Syria)", "FIGHT", SDF, "Manbij")}),
        ("Kurdish fighters attacked Peshmerga positions near Sinjar.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", "Peshmerga", "Sinjār")}),
        ("Kurdish fighters took PKK-held positions near Semdinli.",
         {("Unidentified Armed Group (Turkey)", "CAPTURE", PKK, "Şemdinli")}),
        ("Kurdish fighters fought alongside the SDF near Deir ez-Zor.",
         {("Unidentified Armed Group (Syria)", "COOPERATE", SDF, "Deir ez-Zor"),
          ("Unidentified Armed Group (Syria)", "FIGHT", None, "Deir ez-Zor")}),
        # another holder's property taken is no bar: in Iraq they are the Peshmerga
        ("Kurdish fighters took SDF-controlled villages near Sinjar.",
         {("Peshmerga", "CAPTURE", SDF, "Sinjār")}),
        # a partner that holds the name elsewhere only is no bar either
        ("Kurdish forces fought alongside the YPG near Manbij.",
         {(SDF, "COOPERATE", YPG, "Manbij"), (SDF, "FIGHT", None, "Manbij")}),
    ],
)  # fmt: skip
def test_never_the_other_side(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", "2020-05-01") == expected
