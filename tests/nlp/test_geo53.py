"""Places, round 53 (issue 14): an Arabic name the parser cut after its inner article ("Deir ez Zor"
read as "Zor") is read whole; an unknown village is placed at the unit the same phrase says governs it
("X village, Y district of Z province", "X village in Y tehsil", "X village of Y township"), written
with a local unit word too. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_name_cut_after_its_inner_article_is_read_whole() -> None:
    # the parser hangs "Deir" and "ez" on "Zor": the place is the city, not an unknown "Zor"
    text = "On 3 March 2021, SDF fighters raided a farm in Deir ez Zor and detained three shepherds."
    assert located(text) == {("Deir ez-Zor", "SYR", 35.33588, 40.14084)}


def test_a_preposition_spelt_like_an_article_opens_no_name() -> None:
    # "at" governs Marib: "the Houthis at Marib" is no place name
    text = "On 3 March 2021, tribal fighters clashed with the Houthis at Marib."
    assert located(text) == {("Ma'rib", "YEM", 15.46253, 45.32581)}


def test_an_unknown_village_lies_in_the_district_set_beside_it() -> None:
    # "district" (a noun) is the parser's apposition of "village": Samlout, inside Battambang, not
    # the province's seat
    text = (
        "On 3 March 2021, a mine blew up in Kouk Rovieng village, Samlout district of Battambang "
        "province, Cambodia, wounding a farmer."
    )
    assert located(text) == {("Kouk Rovieng village", "KHM", 12.61698, 102.85862)}


def test_a_unit_noun_with_no_name_of_its_own_governs_nothing() -> None:
    text = (
        "On 3 March 2021, a mine blew up in Kouk Rovieng village, a remote district of Battambang "
        "province, Cambodia, wounding a farmer."
    )
    assert located(text) == set()


def test_a_local_unit_word_names_the_unit_of_an_unknown_village() -> None:
    text = (
        "On 3 March 2021, police arrested two smugglers in Bhopura village in Santipur tehsil "
        "(Nadia district, West Bengal)."
    )
    assert located(text) == {("Shāntipur", "IND", 23.24723, 88.43302)}


def test_a_local_unit_word_that_names_no_unit_places_nothing() -> None:
    text = (
        "On 3 March 2021, police arrested two smugglers in Bhopura village near the tehsil office "
        "(Nadia district, West Bengal)."
    )
    assert located(text) == set()
