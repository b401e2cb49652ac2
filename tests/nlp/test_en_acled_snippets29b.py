"""English news snippets and ACLED-style notes, round 29b (issue 14): general rules read on sentences
of our own wording, each with its exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces placed, put, kept on alert are mobilized (the passive subject is the one on alert)
        (
            "Troops were placed on high alert in Kano.",
            {("Nigerian Armed Forces", "MOBILIZE", None, "Kano")},
        ),
        (
            "The army was put on alert in Bamako on Monday.",
            {("Malian Armed Forces", "MOBILIZE", None, "Bamako")},
        ),
        # remaining on alert: only forces mobilize, not residents
        (
            "The police stayed on alert in Lagos.",
            {("Police Forces of Nigeria", "MOBILIZE", None, "Lagos")},
        ),
        ("Residents remained on alert in Kano.", set()),
        # "on hold" is not "on alert"
        ("The mayor put the plan on hold in Kano.", set()),
    ],
)
def test_forces_on_alert_mobilize(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one plural noun after "between" holds both sides: the militia, not an unnamed armed group
        (
            "Clashes between two clan militias in Galkayo.",
            {("Unidentified Communal Militia (Somalia)", "FIGHT", None, "Gaalkacyo")},
        ),
        (
            "Clashes between rival clan militiamen broke out in Beledweyne on Sunday.",
            {("Unidentified Communal Militia (Somalia)", "FIGHT", None, "Beledweyne")},
        ),
        # two sides named: each fights the other
        (
            "Clashes between the army and rebels in Gao.",
            {
                ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao"),
                ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao"),
            },
        ),
    ],
)
def test_one_plural_side_between_fights_itself(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hunger strike, a strike staged or begun: a protest, not an attack
        (
            "Inmates staged a hunger strike in Kano prison.",
            {("Protesters (Nigeria)", "PROTEST", None, "Kano")},  # the prison is in Kano (round geo81)
        ),
        (
            "Detainees began a hunger strike in Kano on Monday.",
            {("Protesters (Nigeria)", "PROTEST", None, "Kano")},
        ),
        (
            "Teachers staged a strike in Kano on Monday.",
            {("Protesters (Nigeria)", "PROTEST", None, "Kano")},
        ),
        # a drone strike, a strike launched on positions: still an attack
        (
            "A drone strike killed five militants near Kano.",
            {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Kano")},
        ),
    ],
)
def test_work_stoppages_are_protests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-initial gerund subject ("Fighting between X and Y broke out") is the fight noun
        (
            "Fighting between the army and rebels erupted in Gao.",
            {
                ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao"),
                ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao"),
            },
        ),
        (
            "Fighting between rival clan militiamen broke out in Beledweyne on Sunday.",
            {("Unidentified Communal Militia (Somalia)", "FIGHT", None, "Beledweyne")},
        ),
    ],
)
def test_gerund_subject_is_the_fight_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
