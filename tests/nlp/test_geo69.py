"""Places, round 69 (issue 14): signs of a note's country that are no place (a government house, a
bank, a currency: "outside the Seray in Tripoli" is Lebanon's Tripoli); a country named in a currency
("the US dollar") no sign of where; a subdivision named with its kind of unit ("Bolivar state": only
Venezuela's is a state); a quarter or an area never a whole province abroad. Sentences of our own."""

from __future__ import annotations

import pytest
import spacy
from unit._extract import located
from unit.test_acled import HEADER

from conflictkg.knowledge.acled_countries import iso3_of_acled
from conflictkg.nlp.country_signs import names_a_currency
from conflictkg.structured.acled import AcledConverter, AcledRow, normalise
from conflictkg.structured.resolver import Resolver

pytestmark = pytest.mark.nlp

TRIPOLI_LBN = ("Tripoli", "LBN", 34.43352, 35.84415)


def test_a_government_house_named_as_lebanon_names_it_is_a_sign_of_lebanon() -> None:
    text = "On 12 June 2021, retired teachers held a sit-in at the Seray in Tripoli over pension cuts."
    assert located(text) == {("Seray", "LBN", 34.43352, 35.84415)}


def test_with_no_sign_tripoli_is_libyas() -> None:
    text = "On 12 June 2021, retired teachers held a sit-in at a bank in Tripoli over pension cuts."
    assert located(text) == {("Tripoli", "LBY", 32.88743, 13.18733)}


def test_a_currency_named_after_its_country_is_a_sign_of_that_country() -> None:
    text = "On 12 June 2021, traders blocked a road in Tripoli over the fall of the Lebanese pound."
    assert located(text) == {TRIPOLI_LBN}


def test_the_us_dollar_is_no_sign_of_the_united_states() -> None:
    text = "On 12 June 2021, traders protested outside the Serail in Tripoli over the rise of the US dollar."
    assert located(text) == {("Serail", "LBN", 34.43352, 35.84415)}


def test_a_country_name_before_another_noun_is_no_currency() -> None:
    doc = spacy.blank("en")("the price of the US dollar and US sanctions")
    assert [t.text for t in doc if names_a_currency(t)] == ["US"]


def test_a_subdivision_called_a_state_is_the_one_country_whose_unit_is_a_state() -> None:
    text = "On 14 June 2021, in El Callao, Bolivar state, gunmen killed a miner."
    assert located(text) == {("El Callao", "VEN", 7.347, -61.827)}


def test_with_no_state_named_el_callao_is_the_venezuelan_town() -> None:
    # latam69's curated El Callao: the town's own name; Peru's port is "Callao" (test_latam69)
    text = "On 14 June 2021, in El Callao, gunmen killed a miner."
    assert located(text) == {("El Callao", "VEN", 7.347, -61.827)}


def test_a_subdivision_called_a_department_is_colombias_bolivar() -> None:
    text = "On 14 June 2021, in Magangue, Bolivar department, gunmen killed a miner."
    assert located(text) == {("Bolívar", "COL", 9.3, -74.72)}


def test_a_neighbourhood_is_no_province_abroad() -> None:
    text = (
        "On 14 June 2021, in Medellin, Antioquia department, the body of a man was found in "
        "Cabanas neighbourhood."
    )
    assert located(text) == {("Medellín", "COL", 6.245, -75.57151)}


def test_a_province_called_so_in_its_own_country_stays() -> None:
    text = "On 14 June 2021, in San Salvador, police arrested two gang members in Cabanas department."
    assert located(text) == {("San Salvador", "SLV", 13.68935, -89.18718)}


def test_acleds_code_for_romania_is_the_standard_one() -> None:
    assert (iso3_of_acled("ROM"), iso3_of_acled("rou"), iso3_of_acled("LBY"), iso3_of_acled("")) == (
        "ROU",
        "ROU",
        "LBY",
        None,
    )


def test_an_imported_acled_event_in_romania_lies_in_rou() -> None:
    fields = dict.fromkeys(HEADER.split(","), "")
    fields.update(
        event_id_cnty="ROM7", event_date="4-May-20", event_type="Protests", sub_event_type="Peaceful protest",
        actor1="Protesters (Romania)", inter1="6", country="Romania", iso3="ROM", location="Baia Mare",
        latitude="47.66", longitude="23.58", notes="On 4 May 2020, locals protested.", fatalities="0",
    )  # fmt: skip
    facts = AcledConverter(Resolver(kb=False, gazetteer=False)).facts(AcledRow(1, normalise(fields), "sha"))
    assert {loc.country for loc in facts.locations} == {"ROU"}


def test_a_village_the_gazetteer_lacks_lies_at_its_provinces_seat() -> None:
    text = (
        "On 14 June 2021, JNIM fighters stormed the village of Kabongou (Kantchari, Tapoa) "
        "and burned a school."
    )
    assert located(text) == {("Kabongou", "BFA", 12.07, 1.79)}


def test_a_village_the_gazetteer_has_keeps_its_own_place() -> None:
    text = (
        "On 14 June 2021, JNIM fighters stormed the village of Arbinda (Arbinda, Soum) and burned a school."
    )
    assert located(text) == {("Aribinda", "BFA", 14.22963, -0.86537)}


def test_a_place_in_a_philippine_province_lies_at_its_centre() -> None:
    text = "On 14 June 2021, NPA rebels ambushed an army patrol in Barangay Tamlang, Negros Oriental."
    assert located(text) == {("Barangay Tamlang", "PHL", 9.6, 123.0)}
