"""Places, round 48 (issue 14): a place named inside a phrase telling why an act is done ("in support
of", "in solidarity with") is the motive's, not the act's, and one inside the content clause of a
demand is taken only when the sentence names no other, and a state's name inside a longer place name
("Port Sudan") leaves the place to the whole name (none when the gazetteer lacks it: "Lake Chad");
sentences of our own, as exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import SNIPPETS_PUBLISHED, en_rows, facts

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


def _located(text: str) -> set[tuple[str, str, str | None, bool]]:
    f = facts(text, "en", SNIPPETS_PUBLISHED)
    places = {p.id: p for p in f.locations}
    return {
        (
            e.type,
            places[e.location_id].name,
            places[e.location_id].country,
            places[e.location_id].lat is not None,
        )
        for e in f.events
        if e.location_id
    }


def test_a_state_s_name_inside_a_port_s_name_is_the_port() -> None:
    text = (
        "On 2 February 2022, riot police fired tear gas at dockworkers protesting at the harbour in "
        "Port Sudan."
    )
    # tear gas fired at people is force short of weapons (COERCE 175), no fight (round case89)
    assert _located(text) == {("COERCE", "Port Sudan", "SDN", True)}


def test_a_lake_named_after_a_state_is_the_lake_not_the_state() -> None:
    # a curated place of no country since rounds casemiss86 / frmiss86 (before: no place, never the state)
    text = "On 2 February 2022, soldiers clashed with Boko Haram fighters on an island in Lake Chad."
    assert en_rows(text) == {("Chadian Armed Forces", "FIGHT", "Boko Haram", "Lake Chad")}


def test_a_state_named_with_its_compass_word_stays_the_state() -> None:
    assert _located("On 2 February 2022, gunmen killed two farmers in South Sudan.") == {
        ("ASSAULT", "South Sudan", "SSD", True)
    }
