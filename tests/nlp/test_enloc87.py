"""Places, round enloc87 (issue 14): encyclopedia and news texts. A reference mark glued to a word
("territory.[4]") is a token of its own (nlp/tokenizer_rules.py); a short name of a person the article
names in full is that person, never a place (events/named_people.py); a town told again by its kind
after a site named after it ("Mosul University ... retake the city") is that town, and a country the
anaphor's apposition names only says where it lies (events/town_settings.py); an Iberian name the
parser cut before its particle ("Gaucha do Norte") goes on across it (events/article_names.py), and a
state's name after a particle ("Ciudad de Mexico") is the city's (events/state_in_names.py). Sentences
of our own. A place named after a possessive place ("in Basra's Zubair city") is that place, not the
owner (events/possessed_names.py)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


# -- reference marks: "territory.[4]" ---------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    from conflictkg.nlp.pipeline import load_pipeline

    return [t.text for t in load_pipeline("en").tokenizer(text)]


def test_a_reference_mark_is_cut_from_the_word_before_it() -> None:
    assert _tokens("inside Syrian territory.[4]") == ["inside", "Syrian", "territory", ".", "[4", "]"]


def test_reference_marks_one_after_another_are_cut_one_by_one() -> None:
    assert _tokens("in 2008.[1][2]") == ["in", "2008", ".", "[1", "]", "[2", "]"]


def test_a_bracketed_number_standing_alone_is_left_as_written() -> None:
    assert _tokens("in [2] cases") == ["in", "[", "2", "]", "cases"]


def test_a_territory_with_a_reference_mark_is_still_the_place() -> None:
    text = "Government forces shelled rebel positions inside Syrian territory.[4]\n"
    assert en_rows(text) == {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Syria")}


def test_a_second_marked_territory_is_the_place_too() -> None:
    text = "Turkish jets struck Kurdish militants inside Iraqi territory.[7]\n"
    text += "The strikes killed ten fighters.[8]\n"
    assert en_rows(text) == {
        ("Military Forces of Turkey", "FIGHT", "Unidentified Armed Group (Iraq)", "Iraq")
    }


# -- a person's short name is no place ---------------------------------------------------------------

_MILITANT = "{} was a Sunni militant who smuggled weapons for al-Qaeda in Iraq.\n"


def test_a_surname_of_a_person_told_in_full_is_no_town() -> None:
    text = _MILITANT.format("Abu Salmiya") + "Salmiya was killed in a raid by US forces on Monday.\n"
    assert en_rows(text) == {("Military Forces of the United States", "FIGHT", "Abu Salmiya", None)}


def test_another_short_name_is_no_town_either() -> None:
    text = _MILITANT.format("Abu Tartus") + "Tartus was killed in a raid by US forces on Monday.\n"
    assert en_rows(text) == {("Military Forces of the United States", "FIGHT", "Abu Tartus", None)}


def test_a_town_named_alone_is_still_a_place() -> None:
    text = "Tartus was shelled by government forces on Monday.\n"
    assert en_rows(text) == {("Syrian Arab Army", "FIGHT", None, "Ţarţūs")}


# -- "the city" after a site named after it: the town ------------------------------------------------


def test_the_city_after_a_university_named_after_it_is_that_city() -> None:
    text = "Iraqi troops took control of Mosul University on Monday.\n"
    text += "The army has sought to recapture the city - the last large IS stronghold in Iraq - "
    text += "since November.\n"
    rows = {
        ("Iraqi Security Forces", "CAPTURE", None, "Mosul University"),
        ("Iraqi Security Forces", "CAPTURE", "Islamic State", "Mosul"),
    }
    assert en_rows(text) == rows


def test_the_town_after_an_airport_named_after_it_is_that_town() -> None:
    text = "Rebels captured Gao Airport on Monday.\n"
    text += "The army has been trying to retake the town - the last rebel stronghold in Mali - since then.\n"
    rows = {
        ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao Airport"),
        ("Malian Armed Forces", "CAPTURE", None, "Gao"),
    }
    assert en_rows(text) == rows


def test_the_compound_after_an_airport_is_not_the_town() -> None:
    text = "Rebels captured Gao Airport on Monday.\n"
    text += (
        "The army has been trying to retake the compound - the last rebel stronghold in Mali - since then.\n"
    )
    assert en_rows(text) == {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao Airport")}


def test_the_town_told_by_name_keeps_its_apposition_aside() -> None:
    text = "Rebels seized the town of Kidal on Monday.\n"
    text += (
        "The army has been attempting to retake the town - the last rebel stronghold in Mali - since June.\n"
    )
    rows = {
        ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal"),
        ("Malian Armed Forces", "CAPTURE", None, "Kidal"),
    }
    assert en_rows(text) == rows


# -- Iberian names cut at a particle: "Gaucha do Norte", "Ciudad de Mexico" -------------------------

_SHOT = "On 12 May 2020, in {}, two armed men shot a farmer dead.\n"
_SHOT_ROW = ("Unidentified Armed Group (Brazil)", "ASSAULT", "Civilians (Brazil)")


def test_a_name_cut_before_its_particle_is_read_whole() -> None:
    assert en_rows(_SHOT.format("Gaucha do Norte, Mato Grosso")) == {(*_SHOT_ROW, "Gaúcha do Norte")}


def test_another_name_cut_before_its_particle_is_read_whole() -> None:
    got = en_rows(_SHOT.format("Conceicao do Araguaia, Para"))
    assert got == {(*_SHOT_ROW, "Conceição do Araguaia")}


def test_a_name_with_two_particles_is_read_whole() -> None:
    got = en_rows(_SHOT.format("Sao Jose do Rio Preto, Sao Paulo"))
    assert got == {(*_SHOT_ROW, "São José do Rio Preto")}


def test_a_particle_before_a_lower_case_word_ends_the_name() -> None:
    text = "On 12 May 2020, protesters in Tijuana do not fear the police and marched to the town hall.\n"
    assert en_rows(text) == {("Protesters (Mexico)", "PROTEST", None, "Tijuana")}


_RALLY = "On 4 May 2020, {}, construction workers demonstrated outside the ministry.\n"


def test_a_city_named_with_its_state_after_a_particle_is_the_city() -> None:
    text = _RALLY.format("in the area of Ciudad de Mexico")
    assert en_rows(text) == {("Protesters (Mexico)", "PROTEST", None, "Mexico City")}


def test_another_city_named_with_its_state_is_the_city() -> None:
    text = _RALLY.format("in Ciudad de Guatemala")
    assert en_rows(text) == {("Protesters (Guatemala)", "PROTEST", None, "Guatemala City")}


def test_the_state_named_alone_is_still_the_country() -> None:
    text = "On 4 May 2020, construction workers demonstrated in Mexico outside the ministry.\n"
    assert en_rows(text) == {("Protesters (Mexico)", "PROTEST", None, "Mexico")}


# -- "in Basra's Zubair city": the place named after the possessive ---------------------------------

_PAY = "On 5 May 2020, dozens of teachers protested in {} demanding salaries.\n"


def test_a_city_named_after_its_province_s_possessive_is_the_city() -> None:
    assert en_rows(_PAY.format("Basra's Zubair city")) == {
        ("Protesters (Iraq)", "PROTEST", None, "Az Zubayr")
    }


def test_a_misparsed_city_after_a_possessive_is_the_city() -> None:
    assert en_rows(_PAY.format("Anbar's Haditha city")) == {
        ("Protesters (Iraq)", "PROTEST", None, "Ḩadīthah")
    }


def test_a_district_after_a_possessive_is_the_district() -> None:
    got = en_rows(_PAY.format("Kirkuk's Hawija district"))
    assert got == {("Protesters (Iraq)", "PROTEST", None, "Al Ḩawījah")}


def test_a_possessive_before_an_unnamed_site_is_the_place() -> None:
    assert en_rows(_PAY.format("Basra's main square")) == {("Protesters (Iraq)", "PROTEST", None, "Basrah")}
