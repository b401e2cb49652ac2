"""Places in the right country (issue 14): a subdivision word names its country, loose spellings
stay inside the article's country, lower-case words are no place hints. Invented sentences."""

from __future__ import annotations

import pytest
from unit._extract import facts as facts_of
from unit._extract import placed

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.nlp.foreign_places import hint_place, hinted_country, is_name, named_hints

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


def test_a_loose_spelling_is_no_town_abroad(gz: Gazetteer) -> None:
    # "Settaat" folds to Morocco's Settat: meant in a note about Morocco, never in one about Yemen
    assert gz.lookup("Settaat", "YEM") is None
    hit = gz.lookup("Settaat", "MAR")
    assert hit is not None and (hit.name, hit.country) == ("Settat", "MAR")


def test_a_loose_spelling_with_no_country_is_a_real_town(gz: Gazetteer) -> None:
    hit = gz.lookup("Settaat")  # a city of 150,000 still is
    assert hit is not None and hit.country == "MAR"


def test_a_subdivision_abroad_must_be_spelt_nearly_alike(gz: Gazetteer) -> None:
    assert [(a.name, a.country) for a in gz.admins("Urozgan")] == [("Uruzgān", "AFG")]
    assert gz.admins("Telman") == []  # not Tolmin (Slovenia): two vowels differ
    assert gz.countries_of_name("Telman") == set()
    # inside the country, vowels may differ
    assert [(a.name, a.country) for a in gz.admins("Telman", "SVN")] == [("Tolmin", "SVN")]


def test_lower_case_words_are_no_hints() -> None:
    assert is_name("Binya") and is_name("Douala city") and is_name("al-Hasakeh") and is_name("iLembe")
    assert not is_name("parish") and not is_name(None)
    ref = {
        "name": "Okot",
        "alt": "parish",
        "alt2": "Gulu",
        "fallback": {"name": "parish", "descriptor": False},
    }
    # the second hint stands in for the first
    assert named_hints(ref) == {"name": "Okot", "alt": "Gulu", "alt2": None, "fallback": None}
    town = {"name": "Okot", "alt": None, "fallback": {"name": "the town", "descriptor": True}}
    assert named_hints(town) == town


def test_a_province_word_names_the_country_of_the_province() -> None:
    # "Anbar" alone is also a Turkish town (Ambar); "Anbar province" is Iraq's Al Anbar
    assert placed(
        "On 3 March 2021, gunmen attacked a police checkpoint in Anbar province.", "en", "2021-03-05"
    ) == {("FIGHT", "Al Anbar", "IRQ")}  # the curated region (en29), was GeoNames' Al Anbār


def test_a_name_is_no_hint_of_itself() -> None:
    ref = {"name": "Aziziyeh", "alt": "Aziziyeh", "alt2": None}
    assert named_hints(ref) == {"name": "Aziziyeh", "alt": None, "alt2": None}
    # "(Rafah, North Sinai)": a district called after its town, in the second hint's country
    ref = {"name": "Rafah", "alt": "Rafah", "alt2": "North Sinai"}
    assert named_hints(ref) == ref


def test_a_village_in_a_named_countryside_is_in_the_province_country() -> None:
    # the village's namesakes are all Iraqi towns; the sentence places it in Syria's Al-Hasakah: the
    # town near it is where the event is, not an Iraqi Aziziyeh
    text = "On 4 May 2021, rebel fighters shelled the village of Aziziyeh near Tal Tamer in Al-Hasakeh."
    assert placed(text, "en", "2021-05-08") == {("FIGHT", "Tall Tamr", "SYR")}


def test_a_hint_of_subdivisions_in_several_countries(gz: Gazetteer) -> None:
    # "La Libertad": a department of El Salvador and a region of Peru
    assert hint_place(gz, "La Libertad", None) is None  # not the town Libertad, Philippines
    slv = hint_place(gz, "La Libertad", "SLV")
    assert slv is not None and (slv.country, slv.kind) == ("SLV", "region")
    mopti = hint_place(gz, "Mopti", None)
    assert mopti is not None and mopti.country == "MLI"
    niger = hint_place(gz, "Niger", None)
    assert niger is not None and niger.kind == "country"
    # the town names which of the countries: the one that has a town so called
    assert hinted_country(gz, "Quezaltepeque", "La Libertad") == "SLV"
    assert hinted_country(gz, "Otuzco", "La Libertad") == "PER"
    assert hinted_country(gz, "Mopti", "Mopti") is None  # one country's: not this rule's


def test_an_unknown_town_by_an_ambiguous_hint_is_placed_nowhere() -> None:
    got = placed("On 6 May 2021, in Tepecoyo (La Libertad), gunmen shot a bus driver.", "en", "2021-05-08")
    assert got == {("ASSAULT", None, None)}


def test_curated_places_geonames_lacks(gz: Gazetteer) -> None:
    rural = gz.lookup("Rural Damascus")  # the governorate as ACLED and the news name it
    assert rural is not None and (rural.name, rural.kind, rural.country) == (
        "Rural Damascus",
        "region",
        "SYR",
    )
    same = gz.lookup("Damascus countryside")
    assert same is not None and same.id == rural.id
    bohsas = gz.lookup("Bohssas")
    assert bohsas is not None and (bohsas.name, bohsas.country) == ("Bohsas", "LBN")


def test_a_curated_place_points_to_its_country(gz: Gazetteer) -> None:
    assert gz.countries_of_name("Bohssas") == {"LBN"}
    assert gz.countries_of_name("Rural Damascus") == {"SYR"}
    assert gz.countries_of_name("Lere") == set()  # a GeoNames town of Nigeria bears the name too


def test_a_place_of_one_country_names_which_tripoli() -> None:
    # Tripoli of Libya is the bigger city; a suburb of Lebanon's Tripoli named beside it says which
    got = placed(
        "On 6 May 2021, taxi drivers from Bohssas protested in Tripoli against fuel prices.",
        "en",
        "2021-05-08",
    )
    assert got == {("PROTEST", "Tripoli", "LBN")}


def test_a_curated_neighbourhood_is_no_place_abroad(gz: Gazetteer) -> None:
    # Aleppo's Salaheddine: many cities have a Salah al-Din quarter
    syr = gz.lookup("Salah al-Din", "SYR")
    assert syr is not None and (syr.name, syr.country) == ("Salaheddine", "SYR")
    assert gz.lookup("Salah al-Din", "LBY") is None
    assert gz.lookup("Salaheddin", "LBY") is None  # nor by a loose spelling
    assert gz.countries_of_name("Salaheddine") == set()  # and no sign of Syria


def test_the_wider_hint_places_what_the_first_hint_cannot() -> None:
    # "(Salah Aldeen, Tripoli)"-like: the quarter is unknown in Libya, so the city's place stands in
    text = (
        "On 7 May 2021, shells fired by LNA forces wounded three civilians in the Al-Fallah neighbourhood"
        " in Salah Aldeen (Tripoli)."
    )
    got = facts_of(text, "en", "2021-05-08")
    assert {(loc.name, loc.country, loc.lat, loc.lon) for loc in got.locations} == {
        ("Al-Fallah", "LBY", 32.88743, 13.18733)
    }


def test_a_bracketed_hint_must_open_like_the_subdivision(gz: Gazetteer) -> None:
    from conflictkg.nlp.admin_hints import admin_countries

    # "Wouri" (a department of Cameroon) folds loosely to Uri (a canton of Switzerland): no hint
    assert admin_countries(["Wouri", "Littoral"], gz) == {}
    assert admin_countries(["Oruzgan"], gz) == {"AFG": 1}  # two vowels: a variant
    assert admin_countries(["Marib"], gz) == {"YEM": 1}
