"""Gazetteer: place names → places with coordinates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.knowledge.gazetteer import Gazetteer, Place, distance_km


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


# (name, country hint) → (expected country, true lat, lon); coordinates from published references
TRUTH = [
    ("Tripoli", "LBY", "LBY", 32.887, 13.191),
    ("à Tripoli", None, "LBY", 32.887, 13.191),
    ("Tripoli", "LBN", "LBN", 34.437, 35.850),
    ("Benghazi", None, "LBY", 32.117, 20.067),
    ("Benghazi", "LBY", "LBY", 32.117, 20.067),
    ("Al Asabi'ah", "LBY", "LBY", 32.03, 12.87),
    ("Asaba", "LBY", "LBY", 32.03, 12.87),
    ("Tarhouna", "LBY", "LBY", 32.435, 13.634),
    ("la ville de Tarhouna", "LBY", "LBY", 32.435, 13.634),
    ("Tarhunah", None, "LBY", 32.435, 13.634),
    ("Syrte", None, "LBY", 31.21, 16.59),
    ("Misrata", None, "LBY", 32.377, 15.092),
    ("Kidal", None, "MLI", 18.44, 1.41),
    ("Alep", None, "SYR", 36.20, 37.16),
    ("Aleppo", None, "SYR", 36.20, 37.16),
    ("Marib", None, "YEM", 15.46, 45.33),
    ("Bakhmut", None, "UKR", 48.595, 38.000),
    ("El Fasher", None, "SDN", 13.63, 25.35),
    ("El-Fasher", None, "SDN", 13.63, 25.35),
    ("Moscou", None, "RUS", 55.756, 37.617),
    ("Damas", None, "SYR", 33.51, 36.29),
    ("Kiev", None, "UKR", 50.45, 30.52),
]


@pytest.mark.parametrize(("name", "hint", "country", "lat", "lon"), TRUTH)
def test_lookup_coordinates(
    gz: Gazetteer, name: str, hint: str | None, country: str, lat: float, lon: float
) -> None:
    p = gz.lookup(name, country=hint)
    assert p is not None, name
    assert p.country == country
    assert p.lat is not None and p.lon is not None
    assert distance_km((p.lat, p.lon), (lat, lon)) < 5.0, (name, p)
    assert p.id == f"loc:gn:{p.geonames_id}"


def test_homonyms_follow_the_country_hint(gz: Gazetteer) -> None:
    lby = gz.lookup("Tripoli", country="LBY")
    lbn = gz.lookup("Tripoli", country="LBN")
    bare = gz.lookup("Tripoli")
    assert lby is not None and lbn is not None and bare is not None
    assert (lby.country, lbn.country, bare.country) == ("LBY", "LBN", "LBY")  # bare: the most populous
    assert lby.geonames_id == 2210247
    # Asaba in Nigeria is the only exact spelling, but an article about Libya means the Libyan town
    assert gz.lookup("Asaba").country == "NGA"  # type: ignore[union-attr]
    assert gz.lookup("Asaba", country="LBY").geonames_id == 2220153  # type: ignore[union-attr]
    # a hamlet in the hint country does not hide a world capital
    assert gz.lookup("Paris", country="LBY").country == "FRA"  # type: ignore[union-attr]


def test_transliteration_variants_in_the_article_country(gz: Gazetteer) -> None:
    bani = gz.lookup("Beni Walid", country="LBY")
    assert bani is not None and bani.geonames_id == 2218840
    assert gz.lookup("Tarhunah", country="LBY").geonames_id == 2210221  # type: ignore[union-attr]
    # a small foreign namesake is not what an article about Libya means
    koufra = gz.lookup("Koufra", country="LBY")  # the Libyan district (Al Kufrah), never a foreign town
    assert koufra is None or koufra.country == "LBY"


def test_directions_and_suffixes(gz: Gazetteer) -> None:
    # a compass word before a country: that part of it (knowledge/compass_regions.py)
    assert gz.lookup("northern Syria").id == "loc:region:SYR:N"  # type: ignore[union-attr]
    assert gz.lookup("le nord de la Syrie").id == "loc:region:SYR:N"  # type: ignore[union-attr]
    assert gz.lookup("centre du Mali", country="MLI").id == "loc:region:MLI:C"  # type: ignore[union-attr]
    # "Idlib province": the province (issue 14), placed at its namesake city
    idlib = gz.lookup("Idlib province", country="SYR")
    assert idlib is not None and idlib.id == "loc:admin:SY-ID" and idlib.country == "SYR"
    city = gz.get("loc:gn:169389")
    assert city is not None and (idlib.lat, idlib.lon) == (city.lat, city.lon)
    # names that start with a direction are found whole first
    assert gz.lookup("South Sudan").id == "loc:country:SSD"  # type: ignore[union-attr]
    assert gz.lookup("West Bank").kind == "region"  # type: ignore[union-attr]
    assert gz.lookup("Nord-Kivu").name == "North Kivu"  # type: ignore[union-attr]
    # an unknown village is not replaced by a distant namesake with similar consonants
    assert gz.lookup("Robotyne", country="UKR") is None


def test_countries_fr_en(gz: Gazetteer) -> None:
    for name in ["Libye", "Libya", "la Libye", "en Libye"]:
        p = gz.lookup(name)
        assert p is not None and (p.id, p.kind, p.country) == ("loc:country:LBY", "country", "LBY"), name
    syria = gz.lookup("la Syrie")
    assert syria is not None and syria.id == "loc:country:SYR"
    assert (syria.lat, syria.lon) == (35.0, 38.0)  # the country's centre, not Damascus
    assert gz.lookup("États-Unis").id == "loc:country:USA"  # type: ignore[union-attr]
    usa = gz.country_place("USA")
    assert usa is not None and usa.name == "United States"
    assert gz.country_place("XXX") is None


def test_country_acronyms_are_case_sensitive(gz: Gazetteer) -> None:
    assert gz.lookup("US").id == "loc:country:USA"  # type: ignore[union-attr]
    assert gz.lookup("the U.S.").id == "loc:country:USA"  # type: ignore[union-attr]
    assert gz.lookup("en RDC").id == "loc:country:COD"  # type: ignore[union-attr]
    assert gz.lookup("CAR").id == "loc:country:CAF"  # type: ignore[union-attr]
    # common words are not hamlets that happen to share their spelling
    assert gz.lookup("us") is None
    assert gz.lookup("car") is None


def test_capital_descriptions(gz: Gazetteer) -> None:
    for text in ["la capitale libyenne", "the Libyan capital", "capitale de la Libye"]:
        p = gz.lookup(text)
        assert p is not None and p.geonames_id == 2210247, text


def test_words_around_a_name_come_from_the_place_lexicon(gz: Gazetteer) -> None:
    """data/places/lexicon.toml: leading words and a trailing kind of place are dropped; the words
    between a direction and its place, around a capital word, before an acronym are skipped."""
    assert [gz._bare_key(n) for n in ("la ville de Kidal", "Idlib province", "Bassa LGA", "Gao")] == [
        "kidal", "idlib", "bassa", "gao",
    ]  # fmt: skip
    assert gz.lookup("the north of Mali").id == "loc:region:MLI:N"  # type: ignore[union-attr]
    assert gz.lookup("aux USA").id == "loc:country:USA"  # type: ignore[union-attr]
    assert gz.lookup("in UK").id == "loc:country:GBR"  # type: ignore[union-attr]
    assert gz.lookup("la capitale de la Libye").geonames_id == 2210247  # type: ignore[union-attr]


def test_curated_places(gz: Gazetteer) -> None:
    watiya = gz.lookup("al-Watiya")
    assert watiya is not None
    assert (watiya.id, watiya.kind, watiya.country) == ("loc:al-watiya-air-base", "military_base", "LBY")
    assert distance_km((watiya.lat or 0, watiya.lon or 0), (32.47, 11.90)) < 5
    assert gz.lookup("base aérienne d'al-Watiya") == watiya
    assert gz.lookup("Watiya") == watiya
    hmeimim = gz.lookup("Hmeimim")
    assert hmeimim is not None and hmeimim.country == "SYR" and hmeimim.kind == "military_base"
    bab = gz.lookup("Bab al-Hawa")
    assert bab is not None and bab.kind == "border_crossing"


def test_describe(gz: Gazetteer) -> None:
    tripoli = gz.lookup("Tripoli", country="LBY")
    got = gz.describe("une grande base aérienne située près de Tripoli", tripoli, "LBY")
    assert got is not None and got.id == "loc:al-watiya-air-base"
    got = gz.describe("an air base near Tripoli", tripoli, None)
    assert got is not None and got.id == "loc:al-watiya-air-base"
    # nothing of that kind near that place, or nothing recognisable: None
    kidal = gz.lookup("Kidal")
    assert gz.describe("une base aérienne", kidal, "MLI") is None
    assert gz.describe("une colline stratégique", tripoli, "LBY") is None


def test_unknown(gz: Gazetteer) -> None:
    assert gz.lookup("Xyzzyqwv") is None
    assert gz.lookup("") is None
    assert gz.lookup("   ") is None


def test_closest(gz: Gazetteer) -> None:
    names = [n for n, _ in gz.closest("Tarhna", country="LBY")]
    assert "Tarhuna" in names
    assert gz.closest("Bengazi")[0][0] == "Benghazi"


def test_to_location(gz: Gazetteer) -> None:
    p = gz.lookup("Tarhouna", country="LBY")
    assert isinstance(p, Place)
    loc = p.to_location()
    assert (loc.id, loc.name, loc.country, loc.geonames_id) == ("loc:gn:2210221", "Tarhuna", "LBY", 2210221)
    assert "Tarhunah" in loc.aliases


def test_user_place_file(tmp_path: Path) -> None:
    path = tmp_path / "places.toml"
    path.write_text(
        '[[place]]\nname = "Camp Alpha"\nkind = "military_base"\ncountry = "MLI"\nlat = 18.45\nlon = 1.40\n'
        'aliases = ["Camp Xyzzyq"]\n',
        encoding="utf-8",
    )
    gz = Gazetteer.load(extra_files=[path])
    p = gz.lookup("Camp Xyzzyq")
    assert p is not None and (p.id, p.lat, p.lon) == ("loc:camp-alpha", 18.45, 1.40)
    kidal = gz.lookup("Kidal")
    assert gz.describe("la base militaire", kidal, "MLI") == p
    assert Gazetteer.load().lookup("Camp Xyzzyq") is None
    bad = tmp_path / "bad.toml"
    bad.write_text('[[place]]\nname = "X"\n', encoding="utf-8")
    with pytest.raises(InputError):
        Gazetteer.load(extra_files=[bad])


def test_transliterated_curated_place_beats_a_loose_namesake(gz: Gazetteer) -> None:
    # "Al Watiyah" folds to the same loose key as the curated al-Watiya air base and as El Ouatia (MAR)
    for name, hint in [
        ("Al Watiyah", None),
        ("Al Watiyah", "LBY"),
        ("al-Wattiyah", "LBY"),
        ("Watiyah", None),
    ]:
        p = gz.lookup(name, country=hint)
        assert p is not None and p.id == "loc:al-watiya-air-base", (name, hint, p)
    # the country hint is respected: an article about Morocco means the Moroccan town
    ouatia = gz.lookup("Al Watiyah", country="MAR")
    assert ouatia is not None and (ouatia.country, ouatia.geonames_id) == ("MAR", 12718678)
    # an exact GeoNames name in the hint country still wins over curated variants
    assert gz.lookup("Tripoli", country="LBY").geonames_id == 2210247  # type: ignore[union-attr]


def test_countries_are_at_their_centre_not_their_capital(gz: Gazetteer) -> None:
    libya = gz.lookup("Libya")
    assert libya is not None and (libya.kind, libya.lat, libya.lon) == ("country", 25.0, 17.0)
    tripoli = gz.lookup("Tripoli", country="LBY")
    assert tripoli is not None and tripoli.lat is not None and tripoli.lon is not None
    assert distance_km((25.0, 17.0), (tripoli.lat, tripoli.lon)) > 800
    sudan = gz.lookup("Soudan")
    assert sudan is not None and (sudan.id, sudan.lat, sudan.lon) == ("loc:country:SDN", 15.0, 30.0)
    countries = [p for p in gz.places() if p.kind == "country"]
    assert len(countries) == 249
    assert all(p.lat is not None and p.lon is not None for p in countries)
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in countries)  # type: ignore[operator]


def test_index_build_streams_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from conflictkg.knowledge import geonames

    cities = {
        "1": {"geonameid": 1, "name": "Tarhunah", "latitude": "32.43", "longitude": "13.63",
              "countrycode": "LY", "population": 200, "alternatenames": ["Tarhuna", "TRH", "ترهونة", ""],
              "admin1code": "62"},
        "2": {"geonameid": 2, "name": "Bani Walid", "latitude": "31.75", "longitude": "13.99",
              "countrycode": "LY", "population": 1000, "alternatenames": ["Beni Walid"]},
    }  # fmt: skip
    src = tmp_path / "cities.json"
    src.write_text(json.dumps(cities, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(geonames, "_geonames_file", lambda: src)
    target = tmp_path / "out" / "index.sqlite"
    geonames._build_index(target)
    db = sqlite3.connect(target)
    places = set(db.execute("SELECT id, name, country, population, aliases FROM place"))
    assert places == {
        (1, "Tarhunah", "LBY", 200, '["Tarhunah", "Tarhuna"]'),
        (2, "Bani Walid", "LBY", 1000, '["Bani Walid", "Beni Walid"]'),
    }
    names = set(db.execute("SELECT key, place FROM name"))
    assert names == {("tarhunah", 1), ("tarhuna", 1), ("ترهونة", 1), ("bani walid", 2), ("beni walid", 2)}
    looses = set(db.execute("SELECT key, skel, place FROM loose"))
    assert looses == {("tarhuna", "trhn", 1), ("baniualid", "bnld", 2), ("beniualid", "bnld", 2)}
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert indexes == {"name_key", "loose_key", "loose_skel", "place_admin1", "loose_place"}
    assert set(db.execute("SELECT id, admin1 FROM place")) == {(1, "62"), (2, "")}  # the region code
    db.close()
    assert [p.name for p in tmp_path.joinpath("out").iterdir()] == ["index.sqlite"]  # no temp file left


def test_a_miss_costs_a_few_normalisations(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    # curated keys are precomputed at load: a miss must not re-normalise every curated alias
    from conflictkg.knowledge import gazetteer

    calls: list[str] = []
    real = gazetteer.loose

    def counting(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(gazetteer, "loose", counting)
    names = [f"Zzqxv Kwarblatown {i}" for i in range(20)]
    assert [gz.lookup(n, country="LBY") for n in names] == [None] * 20
    assert [gz.lookup(n) for n in names] == [None] * 20
    assert len(calls) <= 2 * len(names) * 2
