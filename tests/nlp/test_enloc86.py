"""Places, round enloc86 (issue 14): the coalition's strike summaries. A place phrase fronted before a
comma whose preposition the tagger misreads capitalised ("Near Tikrit, four strikes hit ...") is
the place of its clause (nlp/fronted_near.py); a line that is a country's name alone heads the lines
after it, whose places lie in that country when it has a place of that name (events/section_countries.py);
an area "stretching from X to Y" is at X (events/stretch_places.py), and so is a road "linking X and Y"
(events/road_places.py); Iraq's Kurdistan Region is a place (places/curated.toml). Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows, located, placed

pytestmark = pytest.mark.nlp


# -- "Near X," fronted: the place of the clause ----------------------------------------------------


def test_a_fronted_near_phrase_places_the_attack() -> None:
    text = "Near Gao, rebels attacked an army convoy on Monday."
    assert en_rows(text) == {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}


def test_a_fronted_outside_phrase_places_the_ambush() -> None:
    text = "Outside Kandahar, insurgents ambushed a police patrol on Tuesday."
    rows = {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}
    assert en_rows(text) == rows


def test_a_fronted_near_phrase_with_a_name_article_places_the_strike() -> None:
    text = "Near Al Qaim, Islamic State fighters shelled an army checkpoint."
    assert en_rows(text) == {("Islamic State", "FIGHT", "Iraqi Security Forces", "Al Qā’im")}


def test_a_strike_line_of_a_summary_is_placed_where_it_says() -> None:
    text = "Near Tikrit, two air strikes destroyed an ISIL fighting position."
    assert placed(text) == {("FIGHT", "Tikrīt", "IRQ")}


def test_a_fronted_time_is_no_place() -> None:
    text = "Around Christmas, rebels attacked an army convoy near Gao."
    assert en_rows(text) == {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}


def test_a_name_with_no_comma_after_it_is_left_as_parsed() -> None:
    text = "Near Gao rebels attacked an army convoy on Monday."
    assert en_rows(text) == {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}


# -- a country heading: the lines under it are in that country -------------------------------------

_SUMMARY = "Coalition forces conducted strikes against ISIL in Syria and Iraq on Monday.\n"


def test_a_town_under_its_country_heading_is_that_country_s_namesake() -> None:
    text = _SUMMARY + "Syria\nNear Raqqa, coalition aircraft struck an ISIL tactical unit.\n"
    text += "Iraq\nNear Sinjar, coalition aircraft struck an ISIL tactical unit.\n"
    got = placed(text)
    assert ("FIGHT", "Sinjār", "IRQ") in got and ("FIGHT", "Ar Raqqah", "SYR") in got
    assert not any(country == "SYR" and place == "Sinjār" for _, place, country in got)


def test_a_heading_picks_the_tripoli_of_its_country() -> None:
    text = "Gunmen attacked army posts in Libya and Lebanon on Monday, officials in Libya said.\n"
    text += "Lebanon\nIn Tripoli, gunmen attacked an army post on Monday.\n"
    assert ("FIGHT", "Tripoli", "LBN") in placed(text)


def test_a_heading_country_with_no_such_town_leaves_it_where_it_is() -> None:
    text = _SUMMARY + "Iraq\nNear Raqqa, coalition aircraft struck an ISIL tactical unit.\n"
    assert ("FIGHT", "Ar Raqqah", "SYR") in placed(text)


def test_a_line_naming_more_than_a_country_is_no_heading() -> None:
    text = "Gunmen attacked army posts in Libya and Lebanon on Monday, officials in Libya said.\n"
    text += "Clashes in Lebanon\nIn Tripoli, gunmen attacked an army post on Monday.\n"
    assert ("FIGHT", "Tripoli", "LBY") in placed(text)


# -- "the area stretching from X to Y": at X ------------------------------------------------------


def test_an_area_stretching_from_a_town_is_placed_at_that_town() -> None:
    text = "Syrian warplanes struck rebel positions in the zone stretching from Saraqib to Maarat al-Numan "
    text += "on Monday."
    rows = {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Saraqib")}
    assert en_rows(text) == rows


def test_an_area_stretching_from_a_town_is_its_first_end() -> None:
    text = "Israeli jets struck Hezbollah positions in the area stretching from Qusayr to Hermel on Monday."
    assert en_rows(text) == {("Israel Defense Forces", "FIGHT", "Hezbollah", "Al Quşayr")}


def test_an_area_extending_from_a_town_is_not_placed_at_its_far_end() -> None:
    text = "Russian jets bombed rebel positions in the area extending from Idlib to Saraqib."
    assert en_rows(text) == {("Russian Armed Forces", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}


def test_a_stretch_with_no_starting_place_is_left_alone() -> None:
    text = "Government jets bombed rebel positions in an area stretching for 20 km north of Idlib on Monday."
    assert en_rows(text) == {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}


# -- place data: Iraq's Kurdistan Region ------------------------------------------------------------


def test_a_visit_to_the_iraqi_kurdistan_region_is_placed_there() -> None:
    text = "Foreign Minister Sergei Lavrov visited the Iraqi Kurdistan Region on Sunday."
    assert placed(text) == {("CONSULT", "Kurdistan Region", "IRQ")}


def test_strikes_in_iraqi_kurdistan_are_placed_in_the_region() -> None:
    text = "Turkish drones struck PKK positions in Iraqi Kurdistan on Monday."
    assert en_rows(text) == {("Turkey", "FIGHT", "Kurdistan Workers' Party", "Kurdistan Region")}


def test_the_region_s_government_is_an_actor_not_a_place() -> None:
    text = "The Kurdistan Regional Government accused Turkey of violating Iraqi sovereignty on Monday."
    assert en_rows(text) == {("Kurdistan Regional Government", "ACCUSE", "Turkey", None)}


# -- "the road linking X and Y": a place on the way, at X ------------------------------------------


def test_a_road_linking_two_towns_is_placed_at_the_first() -> None:
    text = "Al-Shabaab fighters attacked an army convoy on the road linking Mogadishu and Afgoye."
    rows = {("Al-Shabaab", "FIGHT", "Somali National Army", "road linking Mogadishu and Afgoye")}
    assert en_rows(text) == rows
    ((_, country, lat, lon),) = located(text)
    assert country == "SOM" and lat is not None and lon is not None and abs(lat - 2.04) < 0.2  # Mogadishu


def test_la_route_reliant_deux_villes_est_a_la_premiere() -> None:
    text = "Des jihadistes ont attaqué un convoi de l'armée sur la route reliant Gao à Ansongo."
    assert placed(text, "fr") == {("FIGHT", "route reliant Gao à Ansongo", "MLI")}


def test_a_town_taken_on_a_linking_road_is_still_the_town() -> None:
    text = "Les rebelles se sont emparés de la ville de Léré, sur la route reliant Niono à Tombouctou."
    assert fr_rows(text) == {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Léré")}
