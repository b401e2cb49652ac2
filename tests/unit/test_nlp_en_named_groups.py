"""English named groups with a generic head and actors' companions, on sentences of our own: "the
Mayi Mayi X armed group" is the group NER names (discovered when the KB does not know it), not an
unidentified armed group; "X, escorted by Y, detained Z": Y cooperates with X and shares the
arrest; exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 June 2021, the Mayi Mayi Yakutumba armed group surrendered in Uvira (Sud-Kivu).",
            {("Mayi Mayi Yakutumba", "CONCEDE", None, "Uvira")},
        ),
        # a group the KB knows keeps its name
        (
            "On 4 June 2021, the ADF rebel group attacked an army position in Beni (Nord-Kivu).",
            {
                (
                    "Allied Democratic Forces",
                    "FIGHT",
                    "Armed Forces of the Democratic Republic of the Congo",
                    "Beni",
                )
            },
        ),
    ],
)
def test_named_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 June 2021, Syrian security forces, escorted by Russian troops, detained 2 engineers"
            " in Homs city.",
            {
                ("Syrian Arab Army", "COERCE", "Civilians (Syria)", "Homs"),
                ("Russian Armed Forces", "COOPERATE", "Syrian Arab Army", "Homs"),
                ("Russian Armed Forces", "COERCE", "Civilians (Syria)", "Homs"),
            },
        ),
        # the companions of the people arrested are none of the actor's
        (
            "On 6 June 2021, regime security forces arrested 2 engineers accompanied by their lawyers"
            " in Homs city.",
            {("Police Forces of Syria", "COERCE", "Civilians (Syria)", "Homs")},
        ),
    ],
)
def test_companions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
