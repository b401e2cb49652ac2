"""Places, round enloc84 (issue 14): where the events of an article happen when their sentence names
no place. The one town of the article's country its first sentence names is the article's own place,
carried to later ground events whose sentences name none (nlp/lead_places.py); not a dateline's town,
not two towns apart, not an event its sentence puts in another country. Articles of our own."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

_SCENE = "It was the worst attack in Afghanistan this year, the governor said."


# -- the first sentence's town is the article's place ------------------------------------------------


def test_the_first_sentences_town_places_a_later_attack() -> None:
    text = (
        "Officials in Afghanistan described the scene at a wedding hall in Jalalabad on Sunday.\n\n"
        f"{_SCENE}\n\nTaliban fighters had fired on guests as they left the hall."
    )
    assert en_rows(text) == {("Taliban", "FIGHT", None, "Jalālābād")}


def test_the_first_sentences_town_places_a_later_attack_in_french() -> None:
    text = (
        "Le centre culturel de Gao a été pillé dimanche, selon l'armée malienne.\n\n"
        "La violence au Mali a repris depuis l'élection au Mali.\n\n"
        "Des hommes armés ont ouvert le feu sur les gardiens du centre."
    )
    assert fr_rows(text) == {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}


def test_a_quarter_named_with_its_city_is_the_quarter() -> None:
    text = (
        "Police in Iraq described a bombing in the Karrada district of Baghdad on Thursday.\n\n"
        "It was the worst attack in Iraq this year, he said.\n\n"
        "Islamic State fighters targeted families out shopping."
    )
    assert en_rows(text) == {("Islamic State", "ASSAULT", "Civilians (Iraq)", "Karrada")}


# -- where it does not carry -------------------------------------------------------------------------


def test_a_datelines_town_is_not_carried_past_the_first_sentence() -> None:
    text = (
        "Kabul, 3 May - Officials in Afghanistan described the scene at a wedding hall on Sunday.\n\n"
        f"{_SCENE}\n\nTaliban fighters had fired on guests as they left the hall."
    )
    assert en_rows(text) == {("Taliban", "FIGHT", None, "Afghanistan")}


def test_an_event_its_sentence_puts_in_another_country_keeps_it() -> None:
    text = (
        "Officials in Afghanistan described the scene at a wedding hall in Jalalabad on Sunday.\n\n"
        f"{_SCENE}\n\nIn neighbouring Pakistan, Taliban fighters had fired on guests as they left a hall."
    )
    assert en_rows(text) == {("Taliban", "FIGHT", None, "Pakistan")}


def test_two_towns_apart_give_no_article_place() -> None:
    text = (
        "Les habitants de Gao et de Tombouctou ont décrit la scène dimanche, selon l'armée malienne.\n\n"
        "La violence au Mali a repris depuis l'élection au Mali.\n\n"
        "Des hommes armés ont ouvert le feu sur les gardiens du centre."
    )
    assert fr_rows(text) == {("Unidentified Armed Group (Mali)", "FIGHT", None, "Mali")}


# -- a name the recognizer read as a person, written before a comma and a country, is a place ---------

_CONGO = "\n\nThe fighting in Congo has displaced thousands, officials in Congo said.\n\n"
_SYRIA = "\n\nThe fighting in Syria has displaced thousands, officials in Syria said.\n\n"
_STATE_FIGHTS_REBELS = "Unidentified Armed Group (Democratic Republic of Congo)"
_BOMBED = "Government aircraft bombed rebel positions."


def test_a_town_before_its_country_is_the_articles_place() -> None:
    text = f"The rebels began their march to encircle Goma, Congo, on Monday.{_CONGO}{_BOMBED}"
    assert ("DR Congo", "FIGHT", _STATE_FIGHTS_REBELS, "Goma") in en_rows(text)


def test_a_second_town_before_its_country_is_the_articles_place() -> None:
    text = (
        "Kurdish commanders said they began their offensive to encircle Manbij, Syria, on Friday."
        f"{_SYRIA}{_BOMBED}"
    )
    assert ("Syria", "FIGHT", "Unidentified Armed Group (Syria)", "Manbij") in en_rows(text)


def test_a_person_before_his_countrys_possessive_is_no_place() -> None:
    text = f"The talks were chaired by Jean Kabila, Congo's envoy, on Monday.{_CONGO}{_BOMBED}"
    assert ("DR Congo", "FIGHT", _STATE_FIGHTS_REBELS, "DR Congo") in en_rows(text)


# -- "the city" an event is aimed at or happens in is the one place of the sentence before -------------


def test_the_city_stormed_is_the_town_besieged_the_sentence_before() -> None:
    text = "Government forces have besieged Homs since May. On Friday troops stormed the city."
    assert en_rows(text) == {("Syrian Arab Army", "FIGHT", None, "Homs")}


def test_la_ville_bombardee_est_la_ville_assiegee_la_phrase_avant() -> None:
    text = "L'armée malienne assiège Gao depuis mai. Vendredi, les soldats ont bombardé la ville."
    assert fr_rows(text) == {("Malian Armed Forces", "FIGHT", None, "Gao")}


def test_a_city_named_is_placed_by_its_name() -> None:
    text = "Government forces have besieged Homs since May. On Friday troops stormed the city of Hama."
    assert en_rows(text) == {
        ("Syrian Arab Army", "FIGHT", None, "Ḩamāh"),
        ("Syrian Arab Army", "FIGHT", None, "Homs"),
    }


# -- a people the recognizer tagged as a place does not keep the article's country away ------------------

_TOGO = "La crise au Togo s'aggrave, selon des témoins au Togo. Par ailleurs, des agressions envers "


def test_a_people_tagged_as_a_place_leaves_the_sentence_placed_nowhere() -> None:
    text = _TOGO + "des Nigériens ont été signalées."
    assert fr_rows(text) == {("Unidentified Armed Group (Togo)", "ASSAULT", "Civilians (Niger)", "Togo")}


def test_another_people_tagged_as_a_place_leaves_the_sentence_placed_nowhere() -> None:
    text = _TOGO + "des Ghanéens ont été signalées."
    assert fr_rows(text) == {("Unidentified Armed Group (Togo)", "ASSAULT", "Civilians (Ghana)", "Togo")}


def test_a_capital_named_is_the_place() -> None:
    text = _TOGO + "des commerçants ont été signalées à Niamey."
    assert fr_rows(text) == {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Niamey")}
