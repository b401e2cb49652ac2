"""English round 40: leftovers of issue 14 in news and notes: the demonym of people away from home
is not the article's country, the named group a possessed subject names acts, a protest noun telling
another event's motive is no protest of its own, the airspace drones are brought down in and the
place people are expelled from are the event's place."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


def test_the_demonym_of_refugees_is_not_where_the_article_happens() -> None:
    assert rows("Soldiers beat Somali and Eritrean refugees.") == {
        ("Military Forces", "ASSAULT", "Civilians (Somalia)", None)
    }
    assert rows("Police detained Ethiopian migrants in Djibouti.") == {
        ("Police Forces of Djibouti", "COERCE", "Civilians (Ethiopia)", "Djibouti")
    }
    # a demonym on the acting group still names its country
    assert rows("Somali troops attacked al-Shabaab.") == {
        ("Somali National Army", "FIGHT", "Al-Shabaab", None)
    }


def test_a_named_group_qualifying_a_possessed_subject_acts() -> None:
    assert rows("Kenya said its African Union partners would send troops to Somalia.") == {
        ("African Union", "MOBILIZE", None, "Somalia")
    }
    # as an object, the possessor acts on the named group (round 39)
    assert rows("Kenya urged its African Union partners to act.") == {
        ("Kenya", "REQUEST", "African Union", None)
    }


def test_a_protest_noun_telling_a_motive_is_no_protest_of_its_own() -> None:
    text = "Students marched in Nairobi in protest of the Kenyan government's decision to raise fees."
    assert rows(text) == {("Protesters (Kenya)", "PROTEST", "Kenya", "Nairobi")}
    text = "Teachers protested in Accra in protest of the Ghanaian government's decision."
    assert rows(text) == {("Protesters (Ghana)", "PROTEST", "Ghana", "Accra")}
    # on a verb that tells no event, the protest noun is the event
    assert rows("Shops stayed closed in Kano in protest of the killings.") == {
        ("Protesters (Nigeria)", "PROTEST", None, "Kano")
    }


def test_weapons_brought_down_over_a_place_are_placed_there() -> None:
    assert rows("Air defences shot down drones over Kyiv.") == {
        ("Armed Forces of Ukraine", "COERCE", None, "Kyiv")
    }
    assert rows("Israel said it shot down a drone over Haifa.") == {("Israel", "COERCE", None, "Haifa")}
    assert rows("Ukrainian forces shot down 20 Russian drones over the Kharkiv region.") == {
        ("Armed Forces of Ukraine", "COERCE", "Russian Armed Forces", "Kharkiv")
    }


def test_people_expelled_from_a_place_the_tagger_took_for_a_person() -> None:
    assert rows("Militiamen expelled villagers from Kabo.") == {
        ("Unidentified Communal Militia (Central African Republic)", "COERCE",
         "Civilians (Central African Republic)", "Kabo")
    }  # fmt: skip
    assert rows("Rebels expelled residents from Kabo in the Central African Republic.") == {
        ("Unidentified Armed Group (Central African Republic)", "COERCE",
         "Civilians (Central African Republic)", "Kabo")
    }  # fmt: skip


def test_a_junta_is_its_countrys_military() -> None:
    assert rows("The junta's troops burned houses in Sagaing.") == {("Tatmadaw", "COERCE", None, "Sagaing")}
    assert rows("The junta killed five villagers in Magway.") == {
        ("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Magway")
    }
    assert rows("The junta arrested two journalists in Bamako.") == {
        ("Malian Armed Forces", "COERCE", "Journalists (Mali)", "Bamako")
    }


def test_families_hit_are_civilians() -> None:
    assert rows("Gunmen killed two families in Zamfara.") == {
        ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")
    }
    assert rows("An air strike killed a family of five in Idlib.") == {
        ("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Idlib")
    }
    # a family's complement names someone else: the families protest, as protesters
    assert rows("Families of the victims protested in Abuja.") == {
        ("Protesters (Nigeria)", "PROTEST", None, "Abuja")
    }


def test_a_namesake_in_the_one_country_the_text_signs() -> None:
    # no article country; the actors' country has a place of that very name: that one, not Kansas's
    assert rows("The Houthis attacked pro-government forces in Hays.") == {
        ("Houthis", "FIGHT", "Government of Yemen", "Ḩays")
    }
    # with no sign of any country, the world-wide place stands
    assert rows("Mozambican troops clashed with insurgents in Palma.") == {
        ("Military Forces of Mozambique", "FIGHT", "Unidentified Armed Group (Mozambique)", "Palma")
    }
