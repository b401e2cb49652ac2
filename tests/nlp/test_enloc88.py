"""Places, round enloc88 (issue 14): ACLED-style notes. A unit noun written in title case ("the
Municipality of X", "the District of X") is no place of its own: the name after "of" is
(events/titled_units.py). Towns the GeoNames data lacks, each placed by a note of our own
(places/towns.toml). Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


# -- "the Municipality of X": X ----------------------------------------------------------------------


def test_a_municipality_written_as_a_title_is_the_town_it_names() -> None:
    text = "On 6 May 2020, gunmen shot dead a shopkeeper in the Municipality of Apatzingan, Michoacan.\n"
    assert en_rows(text) == {
        ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Apatzingán")
    }


def test_a_district_written_as_a_title_is_the_district_it_names() -> None:
    text = "On 6 May 2020, unidentified gunmen attacked a checkpoint in the District of Kurram, "
    text += "killing two soldiers.\n"
    assert en_rows(text) == {
        ("Unidentified Armed Group (Pakistan)", "FIGHT", "Military Forces of Pakistan", "Kurram")
    }


def test_a_titled_municipality_with_no_name_after_it_is_no_place() -> None:
    text = "On 6 May 2020, sanitation workers of the Municipality protested outside the town hall "
    text += "in Tijuana.\n"
    assert en_rows(text) == {("Protesters (Mexico)", "PROTEST", None, "Tijuana")}


# -- towns the GeoNames data lacks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "On 4 May 2020, Al Shabaab militants shelled a police post in Afmadow town "
            "(Afmadow, Lower Juba).",
            ("Al-Shabaab", "FIGHT", "Police Forces of Somalia", "Afmadow"),
        ),
        (
            "On 7 May 2020, traders burned tyres and blocked the main road in Kasumbalesa "
            "(Sakania, Haut-Katanga).",
            ("Rioters (Democratic Republic of Congo)", "PROTEST", None, "Kasumbalesa"),
        ),
        (
            "On 5 May 2020, bus drivers staged a protest on the highway in Daudkandi Upazila (Comilla) "
            "demanding relief.",
            ("Protesters (Bangladesh)", "PROTEST", None, "Daudkandi"),
        ),
        (
            "On 6 May 2020, police arrested five men in Lohajang (Munshiganj) after a clash at a market.",
            ("Police Forces of Bangladesh", "COERCE", "Civilians (Bangladesh)", "Lohajang"),
        ),
        (
            "On 6 May 2020, a bomb exploded near a mosque in Parachinar, Kurram District, "
            "injuring three people.",
            ("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Parachinar"),
        ),
    ],
)
def test_a_town_the_geonames_data_lacks_is_placed(text: str, row: tuple[str, ...]) -> None:
    assert en_rows(text + "\n") == {row}
