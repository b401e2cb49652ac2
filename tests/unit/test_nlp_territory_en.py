"""English territory changes and unnamed armed groups on sentences of our own: exact (actor, type,
target, modality) sets and the places taken. "took over control of", "gained control over", an
unnamed territory taken in the place the sentence names, plural and "X district, Y province" place
phrases; groups that take no territory (protesters taking the streets)."""

from __future__ import annotations

import pytest
from unit._extract import Fact, Placed, events, facts, placed

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    # the object first: "take control", not "take over"
    ("The Taliban took over control of the town of Kunduz.", {("Taliban", "CAPTURE", None, "asserted")}),
    (
        "The Syrian army gained control over the town of Saraqib.",
        {("Syrian Arab Army", "CAPTURE", None, "asserted")},
    ),
    # a territory the clause does not name is taken where the sentence says
    (
        "The Houthis attacked government forces in Marib, Yemen, and took control of several positions.",
        {("Houthis", "FIGHT", "Government of Yemen", "asserted"), ("Houthis", "CAPTURE", None, "asserted")},
    ),
    # tribesmen are a communal militia
    (
        "Tribesmen took control of the town of Saraqib in Idleb, Syria.",
        {("Unidentified Communal Militia (Syria)", "CAPTURE", None, "asserted")},
    ),
    # unnamed fighters, factions, forces are an unidentified armed group; "government forces" stays the
    # military (the noun with its modifier before the noun alone)
    (
        "Local fighters shelled the village of Qalabirak in Marib, Yemen.",
        {("Unidentified Armed Group (Yemen)", "FIGHT", None, "asserted")},
    ),
    (
        "Rival factions destroyed a bulldozer near Saraqib in Idleb, Syria.",
        {("Unidentified Armed Group (Syria)", "FIGHT", None, "asserted")},
    ),
    (
        "Government forces attacked the village of Qalabirak in Marib, Yemen.",
        {("Government of Yemen", "FIGHT", None, "asserted")},
    ),
    # "workers of a company protested", the verb misparsed as a participle on "company": the workers
    # protest, and the place after the verb does not name them
    (
        "Nurses of a district hospital protested in Kyiv, Ukraine.",
        {("Protesters (Ukraine)", "PROTEST", None, "asserted")},
    ),
    # a body found is an unidentified armed group's attack, only told in the passive
    (
        "The bodies of two men were found in Juarez, Mexico.",
        {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "asserted")},
    ),
    ("Police found the bodies of two men in Juarez, Mexico.", set()),
    # "took place" is no capture: the clashes, the protest are the events, where the verb says
    (
        "Clashes took place between rival tribesmen in Marib, Yemen.",
        {("Unidentified Communal Militia (Yemen)", "FIGHT", None, "asserted")},
    ),
    # barricading roads: a (violent) demonstration
    (
        "Demonstrators barricaded roads in Gabes, Tunisia.",
        {("Protesters (Tunisia)", "PROTEST", None, "asserted")},
    ),
    # the subject of a passive report or of a clause a preposition introduces takes the territory
    (
        "Al Shabaab is reported to have taken control of the town of Bula Burte in Hiraan, Somalia.",
        {("Al-Shabaab", "CAPTURE", None, "asserted")},
    ),
    (
        "The Syrian army shelled the town after taking control of the village of Saraqib in Idleb, Syria.",
        {("Syrian Arab Army", "CAPTURE", None, "asserted"), ("Syrian Arab Army", "FIGHT", None, "asserted")},
    ),
    # clearing a place of an enemy, dislodging an enemy from a town take it
    (
        "The Nigerian army cleared Gwoza and Bama of Boko Haram on 18 June.",
        {("Nigerian Armed Forces", "CAPTURE", None, "asserted")},
    ),
    (
        "The Nigerian army dislodged Boko Haram from the town of Gwoza in Borno, Nigeria.",
        {("Nigerian Armed Forces", "CAPTURE", "Boko Haram", "asserted")},
    ),
    # an unnamed territory the sentence places nowhere is taken where the sentence before says
    (
        "Clashes erupted in Al Bayda, Yemen. Tribesmen took control of several checkpoints.",
        {
            ("Unidentified Communal Militia (Yemen)", "CAPTURE", None, "asserted"),
            ("Unidentified Armed Group (Yemen)", "FIGHT", None, "asserted"),
        },
    ),
    (
        "Clashes erupted in Al Bayda, Yemen. Police seized several tons of cannabis.",
        {("Unidentified Armed Group (Yemen)", "FIGHT", None, "asserted")},
    ),
    # gains made in a place, a position established in it
    (
        "The Syrian army made gains in the village of Saraqib in Idleb, Syria.",
        {("Syrian Arab Army", "CAPTURE", None, "asserted")},
    ),
    (
        "Al Shabaab established a position in the town of Bula Burte in Hiraan, Somalia.",
        {("Al-Shabaab", "CAPTURE", None, "asserted")},
    ),
    ("The party made gains in Sirte, Libya.", set()),
    # a road cleared, weapons recovered, a man cleared of charges: no territory
    ("Police cleared the road in Gabes, Tunisia.", set()),
    ("Police recovered stolen weapons in Gabes, Tunisia.", set()),
    ("A court in Tunis cleared him of all charges.", set()),
    # people captured are prisoners, not territory; a town captured is
    (
        "Three PKK militants were killed or captured in Tunceli, Turkey.",
        {("Unidentified Armed Group (Turkey)", "FIGHT", "Kurdistan Workers' Party", "asserted")},
    ),
    (
        "The town of Saraqib in Idleb, Syria, was captured by the Syrian army.",
        {("Syrian Arab Army", "CAPTURE", None, "asserted")},
    ),
    # a person taken is no territory
    ("Rebels took him to the town of Kunduz.", set()),
    # a hyphenated "re-" verb stays one word, its lemma the lexicon's ("recapture", "retake")
    (
        "The Syrian army re-captured the town of Saraqib in Idleb, Syria.",
        {("Syrian Arab Army", "CAPTURE", None, "asserted")},
    ),
    (
        "Al Shabaab re-took the town of Bula Burte in Hiraan, Somalia.",
        {("Al-Shabaab", "CAPTURE", None, "asserted")},
    ),
    # an editorial aside is not part of the clause: its verb does not take the subject
    (
        "Tribal forces (coded as Popular Resistance) took control of the town of Saraqib in Idleb, Syria.",
        {("Unidentified Armed Group (Syria)", "CAPTURE", None, "asserted")},
    ),
    # protesters taking the streets protest, they take no territory
    ("Demonstrators took the streets in Aden, Yemen.", {("Protesters (Yemen)", "PROTEST", None, "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_territory_events(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


PLACES: list[tuple[str, set[Placed]]] = [
    # "X district, Y province": the unknown X lies in Y
    (
        "The Taliban took control of 25 villages in Qalabirak district, Ghazni.",
        {("CAPTURE", "Qalabirak", "AFG")},
    ),
    # a plural place noun names each of its places, placed by the bracket
    (
        "The Houthis took control of Wadi Qalab and Dhi Zorman areas (Sirwah, Marib).",
        {("CAPTURE", "Wadi Qalab", "YEM"), ("CAPTURE", "Dhi Zorman", "YEM")},
    ),
    # a bracket "(admin-2, admin-1)" whose names the article's country has keeps that country, whatever
    # bigger namesake abroad one of them has (Koro, Dessa)
    ("Militants attacked the village of Qalabirak (Koro, Mopti).", {("FIGHT", "Qalabirak", "MLI")}),
    ("Militants attacked the village of Qalabirak (Dessa, Tillabery).", {("FIGHT", "Qalabirak", "NER")}),
    ("A protest took place in Minsk, Belarus.", {("PROTEST", "Minsk", "BLR")}),
    # "the X area of Y district, Z": X lies in Y or Z
    (
        "Houthi forces shelled the Qalabirak area of Zormandi district, Marib.",
        {("FIGHT", "Qalabirak", "YEM")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_territory_places(text: str, expected: set[Placed]) -> None:
    assert placed(text) == expected


def test_aside_kept_in_evidence() -> None:
    """The parser does not see an editorial aside, the event's evidence still quotes it."""
    text = "Tribal forces (coded as Popular Resistance) took control of the town of Saraqib in Idleb, Syria."
    (event,) = facts(text, "en").events
    assert (event.type, event.evidence.text, event.evidence.start) == ("CAPTURE", text, 0)
