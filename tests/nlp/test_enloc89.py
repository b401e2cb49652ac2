"""Places, round enloc89 (issue 14): ACLED-style notes. A name struck as ground that the gazetteer
lacks yields to the clause's other places, in the order written (events/struck_places.py); parties
of one listed subject shelling such a name together cooperate (events/joint_sides.py). Sentences of
our own."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows, located

pytestmark = pytest.mark.nlp

TUR = "Military Forces of Turkey"
SAA = "Syrian Arab Army"
UAG = "Unidentified Armed Group (Syria)"


# -- a struck name the gazetteer lacks: the clause's other place -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the road is no place the gazetteer knows, the town the spot is measured from is
        ("On 7 May 2020, Turkish forces shelled Umm al-Kaif on the road M4, west of Ain Issa area, "
         "north of Raqqa province.",
         {(TUR, "FIGHT", None, "‘Ayn ‘Īsá")}),
        ("On 5 May 2020, regime forces bombarded Tell Sukkar on the Hama road, west of Maarat al-Numan.",
         {(SAA, "FIGHT", None, "Ma‘arrat an Nu‘mān")}),
        # near: a struck name the gazetteer knows stays the place
        ("On 5 May 2020, regime forces shelled Kafr Nabl, south of Idlib.",
         {(SAA, "FIGHT", None, "Kafranbel")}),
    ],
)  # fmt: skip
def test_a_struck_name_the_gazetteer_lacks_yields_to_the_clause_place(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert en_rows(text + "\n") == expected


# -- parties shelling a struck name together: one side ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 6 May 2020, Turkish forces and allied rebels shelled Khirbet Abdo near Ain Issa.",
         {(TUR, "FIGHT", None, "‘Ayn ‘Īsá"), (UAG, "FIGHT", None, "‘Ayn ‘Īsá"),
          (TUR, "COOPERATE", UAG, "‘Ayn ‘Īsá")}),
        ("On 6 May 2020, Turkish troops and Syrian National Army fighters shelled Mazraat Hamdan in "
         "Tal Abyad with artillery.",
         {(TUR, "FIGHT", None, "Tall Abyaḑ"), ("Syrian National Army", "FIGHT", None, "Tall Abyaḑ"),
          (TUR, "COOPERATE", "Syrian National Army", "Tall Abyaḑ")}),
        # near: a common noun struck, no name: as before, no side told
        ("On 6 May 2020, Turkish forces and allied rebels shelled a village near Ain Issa.",
         {(TUR, "FIGHT", None, "‘Ayn ‘Īsá"), (UAG, "FIGHT", None, "‘Ayn ‘Īsá")}),
    ],
)  # fmt: skip
def test_parties_shelling_a_struck_name_together_cooperate(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert en_rows(text + "\n") == expected


# -- a last hint written as an acronym-like short name: the subdivision ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town the gazetteer has elsewhere in India, said to lie in Uttar Pradesh: placed there
        ("On 5 May 2020, a man was shot dead over a land dispute in Pipri (UP).",
         {("Pipri", "IND", 27.21, 79.63)}),
        ("On 9 May 2020, gunmen shot a shopkeeper dead in Pipri, Kaushambi (UP).",
         {("Pipri", "IND", 27.21, 79.63)}),
        # near: no short name, the gazetteer's town; a first hint it knows places the town itself
        ("On 5 May 2020, a man was shot dead over a land dispute in Pipri.",
         {("Pipri", "IND", 20.78613, 78.5936)}),
        ("On 5 May 2020, farmers protested over crop prices in Kothapalli (Karimnagar, AP).",
         {("Kottapalli", "IND", 18.49543, 79.0943)}),
    ],
)  # fmt: skip
def test_a_short_name_hint_is_the_subdivision_it_stands_for(
    text: str, expected: set[tuple[str, str | None, float | None, float | None]]
) -> None:
    assert located(text + "\n") == expected


# -- an unknown container and district: the widest hint of the bracket places the village ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no Lalpur in West Bengal: placed where the state is, never at Gujarat's Lalpur
        ("On 4 May 2020, unknown men torched a party office in Lalpur village of Khejuri area "
         "(Purba Medinipur district, West Bengal).",
         {("Lalpur", "IND", 22.97, 88.23)}),
        # the Gopalpur inside West Bengal, not Odisha's
        ("On 5 May 2020, party workers clashed in Gopalpur village of Keshpur area "
         "(Paschim Medinipur district, West Bengal).",
         {("Gopālpur", "IND", 22.61845, 88.75119)}),
        # near: a district the gazetteer knows places the village as before
        ("On 5 May 2020, party workers clashed in Lalpur village of Khejuri area "
         "(Jamnagar district, Gujarat).",
         {("Lālpur", "IND", 22.19073, 69.96351)}),
    ],
)  # fmt: skip
def test_the_widest_hint_places_a_village_of_an_unknown_container(
    text: str, expected: set[tuple[str, str | None, float | None, float | None]]
) -> None:
    assert located(text + "\n") == expected


# -- a region told earlier in the sentence picks the namesake inside it --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no Tequisistlan in Oaxaca in the data: placed where Oaxaca is, never in the State of Mexico
        ("On 6 May 2020, in Oaxaca state, residents blocked the highway near Tequisistlan over water cuts.",
         {("Tequisistlan", "MEX", 17.06025, -96.72544)}),
        # the Guadalupe of Zacatecas, not the big one of Mexico City
        ("On 6 May 2020, in Zacatecas state, gunmen killed two police officers in Guadalupe.",
         {("Guadalupe", "MEX", 22.74678, -102.5188)}),
        # near: no region told before; a region that is only where people came from, a city named
        ("On 6 May 2020, residents blocked the highway near Tequisistlan over water cuts.",
         {("Tequisistlán", "MEX", 19.59642, -98.94105)}),
        ("On 6 May 2020, teachers from Oaxaca state protested in Mexico City.",
         {("Mexico City", "MEX", 19.42847, -99.12766)}),
        # near: a town the clause names before the region frames a quarter the data lacks
        ("On 4 May 2020, in Culiacan, Sinaloa, gunmen shot a man dead in Colonia Las Quintas.",
         {("Culiacán", "MEX", 24.80209, -107.39421)}),
    ],
)  # fmt: skip
def test_a_region_told_before_picks_the_namesake_inside_it(
    text: str, expected: set[tuple[str, str | None, float | None, float | None]]
) -> None:
    assert located(text + "\n") == expected


# -- a hyphenated town hung on the region after it: the town ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 9 May 2020, in Tierra-Blanca, Veracruz, gunmen shot dead a shopkeeper.",
         {("Tierra Blanca", "MEX", 18.44771, -96.35912)}),
        ("On 5 May 2020, in Puerto-Vallarta, Jalisco, gunmen shot dead a shopkeeper.",
         {("Puerto Vallarta", "MEX", 20.617, -105.23018)}),
        # near: a town the parser reads as the place itself, the region its hint, as before
        ("On 5 May 2020, in Poza-Rica, Veracruz, gunmen shot dead a shopkeeper.",
         {("Poza Rica de Hidalgo", "MEX", 20.53315, -97.45946)}),
    ],
)  # fmt: skip
def test_a_town_hung_on_the_region_after_it_is_the_place(
    text: str, expected: set[tuple[str, str | None, float | None, float | None]]
) -> None:
    assert located(text + "\n") == expected


# -- a region's demonym and a capital noun: that region's capital, from data ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 5 May 2020, protesters marched in the Tigrayan capital.",
         {("Protesters (Ethiopia)", "PROTEST", None, "Mek'ele")}),
        ("On 5 May 2020, protesters marched in the Chechen capital.",
         {("Protesters (Russia)", "PROTEST", None, "Grozny")}),
        # near: the demonym on another noun names no city
        ("On 5 May 2020, protesters marched in the Tigrayan countryside.",
         {("Protesters", "PROTEST", None, None)}),
    ],
)  # fmt: skip
def test_a_regions_demonym_capital_is_its_capital_city(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert en_rows(text + "\n") == expected


# -- French: a town the gazetteer lacks, set off before its region: the town ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des soldats ukrainiens ont attaqué des positions russes à Robotyne, dans la région de "
         "Zaporijjia, lundi.",
         {("Armed Forces of Ukraine", "FIGHT", "Russian Armed Forces", "Robotyne")}),
        ("Des soldats ukrainiens ont attaqué des positions russes à Krynky, dans la région de Kherson.",
         {("Armed Forces of Ukraine", "FIGHT", "Russian Armed Forces", "Krynky")}),
        # near: a town the gazetteer knows there, as before
        ("L'armée russe a bombardé des positions ukrainiennes à Koupiansk, dans la région de Kharkiv.",
         {("Russian Armed Forces", "FIGHT", "Armed Forces of Ukraine", "Kupyansk")}),
    ],
)  # fmt: skip
def test_an_unknown_town_before_its_region_is_the_place(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert fr_rows(text + "\n") == expected
