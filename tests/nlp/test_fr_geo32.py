"""Places of French war reports (issue 14, round 32): exonyms and transliterations of Syrian,
Iraqi, Afghan, Pakistani and Libyan places, quarters of the Syrian cities, provinces with no
namesake town, and the place an event takes among several. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import facts
from unit._extract import fr_rows as rows

from conflictkg.knowledge.gazetteer import Gazetteer

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


def _where(text: str) -> set[tuple[str, str | None, str | None, float | None, float | None]]:
    """(type, place, its country, lat, lon rounded to 0.1°) of every event."""
    f = facts(text, "fr", "2012-10-16")
    locs = {loc.id: loc for loc in f.locations}
    out = set()
    for e in f.events:
        loc = locs.get(e.location_id or "")
        lat = round(loc.lat, 1) if loc is not None and loc.lat is not None else None
        lon = round(loc.lon, 1) if loc is not None and loc.lon is not None else None
        out.add((e.type, loc.name if loc else None, loc.country if loc else None, lat, lon))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quarters of Damascus the GeoNames towns lack: the quarter, where it is
        ("L'armée syrienne a bombardé le quartier de Jobar, dans l'est de Damas.",
         {("FIGHT", "Jobar", "SYR", 33.5, 36.3)}),
        # Ras al-Aïn is Syria's town on the Turkish border, not Rosh Ha'Ayin (Israel)
        ("Les rebelles ont pris le contrôle de Ras al-Aïn, à la frontière turque.",
         {("CAPTURE", "Ra’s al ‘Ayn", "SYR", 36.9, 40.1)}),
        # a province with no namesake town is placed at its centre
        ("Les talibans ont attaqué une base de l'Otan dans la province de Helmand.",
         {("FIGHT", "Helmand", "AFG", 31.4, 64.4)}),
        # "Kout": the French spelling of Al-Kut, too short for the loose index
        ("Un kamikaze s'est fait exploser à Kout, dans le sud de l'Irak.",
         {("ASSAULT", "Al-Kut", "IRQ", 32.5, 45.8)}),
        # towns the GeoNames data lacks
        ("Les insurgés ont tué deux soldats à Taji, au nord de Bagdad.",
         {("FIGHT", "Taji", "IRQ", 33.5, 44.3)}),
        # a settlement noun ("l'oasis de", "la zone tribale de") names the place in its complement;
        # "Koufra" is the town, not Amadou Koufa whose name it resembles
        ("Les islamistes ont attaqué l'oasis de Koufra.",
         {("FIGHT", "Kufra", "LBY", 24.2, 23.3)}),
        ("L'armée pakistanaise a bombardé des positions talibanes dans la zone tribale de Bajaur.",
         {("FIGHT", "Bajaur", "PAK", 34.8, 71.5)}),
        # a town NER cuts into a place and a person ("Dera" + "Ismail Khan"): the whole name
        ("Les talibans ont attaqué un poste de police à Dera Ismail Khan.",
         {("FIGHT", "Dera Ismail Khan", "PAK", 31.8, 70.9)}),
    ],
)  # fmt: skip
def test_french_spellings_resolve(
    text: str, expected: set[tuple[str, str | None, str | None, float | None, float | None]]
) -> None:
    assert _where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place the predicate governs, not the one that locates it
        ("Les rebelles ont attaqué un convoi de l'armée à Douentza, à 30 km au sud de Konna.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Douentza")}),
        ("L'armée syrienne a bombardé la ville de Rastane, dans la province de Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Ar Rastan")}),
        ("Les talibans ont attaqué un poste dans le district de Sangin, dans la province de Helmand.",
         {("Taliban", "FIGHT", None, "Sangīn")}),
        ("Les forces gouvernementales ont bombardé Qousseir, près de Homs, dans le centre de la Syrie.",
         {("Syrian Arab Army", "FIGHT", None, "Al Quşayr")}),
        # a quarter set off after its city is where in it; an unknown one, the city
        ("Des combats ont opposé les rebelles à l'armée à Alep, dans le quartier de Salaheddine.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Salaheddine"),
          ("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Salaheddine")}),
        ("Des combats ont opposé les rebelles à l'armée à Alep, dans le quartier de Bab al-Nasr.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo"),
          ("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo")}),
        # where the source is based is no place of the event
        ("L'armée a bombardé Ras al-Aïn, à la frontière turque, selon l'OSDH, basé à Londres.",
         {("Syrian Arab Army", "FIGHT", None, "Ra’s al ‘Ayn")}),
        # a capitalised common noun opening a name NER calls an organisation holds all of it
        ("Les forces françaises ont tué des islamistes dans l'Adrar des Ifoghas.",
         {("French Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Adrar des Ifoghas")}),
    ],
)  # fmt: skip
def test_most_specific_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        # with no country: a place's own name before another's alternate name
        ("Ariha", None, ("Arīḩā", "SYR")),  # not Jericho
        ("Nawa", None, ("Nawá", "SYR")),  # not Naha
        ("Tafas", None, ("Ţafas", "SYR")),
        # unless that other is a real city ten times as big
        ("Bagdad", None, ("Baghdad", "IRQ")),
        ("Nabek", None, ("An Nabk", "SYR")),
        ("Midane", "SYR", ("Midan", "SYR")),
        ("Madaïn", None, ("Al-Mada'in", "IRQ")),
        ("Waziristan du Sud", None, ("South Waziristan", "PAK")),
        # a name written with the Arabic article that the gazetteer holds without it
        ("Al-Raqqa", None, ("Ar Raqqah", "SYR")),
        ("Al-Tall", "SYR", ("At Tall", "SYR")),
        # French spellings of GeoNames towns, curated with the town's own id
        ("Al-Khoms", None, ("Al Khums", "LBY")),
        ("Efrine", "SYR", ("‘Afrīn", "SYR")),
    ],
)
def test_lookup(name: str, country: str | None, expected: tuple[str, str]) -> None:
    hit = Gazetteer.load().lookup(name, country, "fr")
    assert hit is not None and (hit.name, hit.country) == expected


def test_country_of_a_curated_spelling() -> None:
    # "Nabek" points to Syria (a curated spelling of An Nabk), not to Qurayyat, which bears it too
    gaz = Gazetteer.load()
    assert gaz.countries_of_name("Nabek") == {"SYR"}
    # a name several countries' towns bear is no hint either way ("Zamora": Spain's and Mexico's)
    assert gaz.countries_of_name("Zamora") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country in a site's "de" complement is whom the site stands for, not where it is
        ("Des centaines de manifestants se sont rassemblés devant le consulat de Turquie à Canton.",
         {("PROTEST", "Guangzhou", "CHN", 23.1, 113.2)}),
        # a province in it is where the site is
        ("Les talibans ont attaqué un marché de la province de Kunar.",
         {("ASSAULT", "Kunaṟ", "AFG", 34.9, 71.1)}),
    ],
)  # fmt: skip
def test_site_of_a_country(
    text: str, expected: set[tuple[str, str | None, str | None, float | None, float | None]]
) -> None:
    assert _where(text) == expected
