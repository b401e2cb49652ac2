"""English SOHR-style headlines (issue 14, round ucdp50): a date after 'since' opens a span that
reaches up to the event ('for the first time since 2011'), it is not the event's date, so the event
is not taken for an old one and dropped."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SAA = "Syrian Arab Army"
UAG = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled Hama since March 2013", {(UAG, "FIGHT", None, "Ḩamāh")}),
        ("Regime forces advance near Idlib city for the first time since 2012",
         {(SAA, "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_date_after_since_is_no_event_date(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_old_date_of_its_own_still_drops() -> None:
    # negative: a year the event itself is dated with keeps the old-event reading
    assert rows("Rebels shelled Hama in March 2013") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base-form verb takes no agent: the word opening the headline is the event noun
        ("Counterattack by the Islamic State against the SDF near Hajin",
         {("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn")}),
        ("Attack by rebels on army posts in Idlib", {(UAG, "FIGHT", SAA, "Idlib")}),
    ],
)  # fmt: skip
def test_headline_noun_with_agent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_headline_imperative_without_agent() -> None:
    # negative: no agent after it, the opening verb stays a verb (an order, no event told)
    assert rows("Counterattack the rebels near Hajin") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state forces named with no country at all are those of the country the event is in
        ("The Islamic State attacked army positions near Palmyra",
         {("Islamic State", "FIGHT", SAA, "Tadmur")}),
        ("The Islamic State stormed a police post in Mosul",
         {("Islamic State", "FIGHT", "Police Forces of Iraq", "Mosul")}),
        # forces of their own country keep it
        ("The Islamic State attacked Iraqi army positions near Palmyra",
         {("Islamic State", "FIGHT", "Iraqi Security Forces", "Tadmur")}),
    ],
)  # fmt: skip
def test_bare_state_forces_take_the_place_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides hung on a verb of going on are the fight noun's
        ("Clashes continue between the SDF and the Islamic State near Hajin",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "Hajīn"),
          ("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn")}),
        ("Fighting resumed between the army and the rebels near Hama",
         {(SAA, "FIGHT", UAG, "Ḩamāh"), (UAG, "FIGHT", SAA, "Ḩamāh")}),
    ],
)  # fmt: skip
def test_sides_of_a_fight_going_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_fight_going_on_with_no_side() -> None:
    # negative: no side named and no place below a country, the fight going on sums up a war (a
    # present-tense one at a place inside a country is the day's news: tests/nlp/test_ucdp78.py)
    assert rows("Clashes continue in Syria") == set()
