"""Places, round 48 (issue 14): a place named inside a phrase telling why an act is done ("in support
of", "in solidarity with") is the motive's, not the act's, and one inside the content clause of a
demand is taken only when the sentence names no other; sentences of our own, as exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def test_a_place_inside_a_support_phrase_is_not_the_rally_s() -> None:
    text = (
        "On 12 March 2021, residents in Mukalla (Hadramawt) took part in a rally in support of the "
        "council's call for autonomy in South Yemen."
    )
    assert en_rows(text) == {("Protesters (Yemen)", "PROTEST", None, "Mukalla")}


def test_a_place_after_in_solidarity_with_is_not_the_protest_s() -> None:
    text = (
        "On 3 April 2021, shopkeepers in Kasserine staged a demonstration in solidarity with the "
        "striking dockers in Sfax."
    )
    assert en_rows(text) == {("Protesters (Tunisia)", "PROTEST", None, "Kasserine")}


def test_the_protest_against_an_act_elsewhere_stays_where_it_was_held() -> None:
    text = "On 3 April 2021, students marched in Kano in protest against the killing of a classmate in Zaria."
    assert en_rows(text) == {("Protesters (Nigeria)", "PROTEST", None, "Kano")}


def test_a_place_inside_what_is_demanded_comes_after_the_sentence_s_own() -> None:
    text = (
        "On 6 June 2021, hundreds of stranded workers came out on the streets in Surat city (Surat, "
        "Gujarat), demanding that the authorities arrange trains to their villages in Bihar."
    )
    assert en_rows(text) == {("Civilians (India)", "REQUEST", None, "Surat")}
