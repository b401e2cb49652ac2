"""English SOHR-style headlines, round 54 (issue 14): Turkish-backed factions named by the operation
they fought in (the operations are aliases of the Syrian National Army in the KB), and quotes that
never belong to an actor's name."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SNA = "Syrian National Army"
SDF = "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Factions of "Euphrates Shield" shelled SDF positions near Manbij',
         {(SNA, "FIGHT", SDF, "Manbij")}),
        ('Forces of the "Olive Branch" Operation attacked villages in Afrin',
         {(SNA, "FIGHT", None, "‘Afrīn")}),
        ("Peace Spring factions clashed with the SDF near Tal Abyad",
         {(SNA, "FIGHT", SDF, "Tall Abyaḑ")}),
        ("The “Olive Branch” Factions shelled a village near Afrin", {(SNA, "FIGHT", None, "‘Afrīn")}),
        # an olive branch held out or a spring of peace is no operation
        ("Rebels shelled a village near Afrin during the peace spring festival",
         {(UAG, "FIGHT", None, "‘Afrīn")}),
        ("Turkey held out an olive branch to the Kurdish fighters", set()),
    ],
)  # fmt: skip
def test_factions_named_by_operation(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Desert Hawk” Factions", "Desert Hawk Factions"),
        ("“Desert Hawk” Factions", "Desert Hawk Factions"),
        ("the ‘Nasr’ Brigade", "Nasr Brigade"),
        # a word's own apostrophe stays
        ("Liwa Ra’s al-Jabal", "Liwa Ra’s al-Jabal"),
    ],
)
def test_quotes_leave_discovered_names(name: str, clean: str) -> None:
    from conflictkg.knowledge.kb import KnowledgeBase

    assert KnowledgeBase.load().discover(name).name == clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beginning or starting an attack noun is that attack, as launching it is
        ("Turkey begins a new offensive against Kurdish militants in Syria",
         {("Turkey", "FIGHT", None, "Syria")}),
        ("The army began an offensive against the rebels near Hama",
         {("Syrian Arab Army", "FIGHT", UAG, "Ḩamāh")}),
        ("Turkey started an assault on Kurdish positions in Syria", {("Turkey", "FIGHT", None, "Syria")}),
        # beginning what is no event is none
        ("The farmers began the harvest near Hama", set()),
    ],
)  # fmt: skip
def test_begun_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sideless fight going on that causes casualties is an event of its own
        ("Clashes continued near Manbij on Monday and cause casualties", {(UAG, "FIGHT", None, "Manbij")}),
        ("Clashes continue in Manbij city leaving casualties", {(UAG, "FIGHT", None, "Manbij")}),
        # going on with no toll it sums up a war; what follows that is no toll changes nothing
        ("Clashes continued in Manbij city", set()),
        ("Fighting continued in Manbij city and caused more damage", set()),
    ],
)  # fmt: skip
def test_fights_going_on_with_a_toll(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count whose 'of' complement names a group counts its members, as 'members of' does
        ("48 were killed on Monday including 17 of the regime forces, and 31 civilians",
         {("Unidentified Armed Group", "FIGHT", "Syrian Arab Army", None)}),
        # a count of people who are no armed group stays an attack on civilians
        ("40 were killed yesterday including 12 of the children",
         {("Unidentified Armed Group", "ASSAULT", "Civilians", None)}),
    ],
)  # fmt: skip
def test_counted_members(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
