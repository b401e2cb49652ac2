"""ACLED notes, round 61 (issue 14): a mob's two coordinated verbs share whom they act on ("a mob
attacked and fought with a police squad": mob violence on the police, no riot), and perpetrators ACLED
leaves unnamed ("an unidentified group", "unknown perpetrators") are its unidentified armed group."""

from __future__ import annotations

import pytest
from unit._extract import rows as _rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


def rows(text: str) -> set[Row]:
    return _rows(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second verb's prepositional object is whom the first one, objectless, acts on too
        ("On 14 June 2023, a mob attacked and clashed with a police squad in Aligarh.",
         {("Rioters (India)", "ASSAULT", "Police Forces of India", "Alīgarh")}),
        # a clash verb's own 'with' object is whom the mob turns on
        ("On 14 June 2023, a mob clashed with a police squad in Aligarh.",
         {("Rioters (India)", "ASSAULT", "Police Forces of India", "Alīgarh")}),
        # arson then a killing of one wrongdoer: the crowd's lynching, no property destroyed
        ("On 3 July 2023, a mob from a nearby village set ablaze and killed a suspected thief in Enugu.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Enugu")}),
    ],
)  # fmt: skip
def test_mob_verbs_share_whom_they_act_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # property shared by the two verbs: a riot still
        ("On 3 July 2023, a mob attacked and looted shops in Enugu.",
         {("Rioters (Nigeria)", "PROTEST", None, "Enugu")}),
        # protesters who fight the police riot; only a mob's violence is an assault
        ("On 3 July 2023, protesters attacked and clashed with a police squad in Aligarh.",
         {("Rioters (India)", "PROTEST", None, "Alīgarh")}),
    ],
)  # fmt: skip
def test_mob_sharing_negatives(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 9 August 2023, an unidentified group vandalized a pharmacy in Plovdiv.",
         {("Unidentified Armed Group (Bulgaria)", "COERCE", None, "Plovdiv")}),
        ("On 9 August 2023, unknown perpetrators torched two lorries in Enugu.",
         {("Unidentified Armed Group (Nigeria)", "COERCE", None, "Enugu")}),
        ("On 9 August 2023, unidentified actors burned a clinic in Enugu.",
         {("Unidentified Armed Group (Nigeria)", "COERCE", None, "Enugu")}),
    ],
)  # fmt: skip
def test_unidentified_perpetrators(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named by its members stays them; an unidentified victim stays a civilian
        ("On 9 August 2023, a group of traders protested in Enugu.",
         {("Protesters (Nigeria)", "PROTEST", None, "Enugu")}),
        ("On 9 August 2023, an unidentified man was shot dead in Enugu.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Enugu")}),
    ],
)  # fmt: skip
def test_unidentified_negatives(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 9 August 2023, police discovered a cache of explosives near Kaduna.",
         {("Police Forces of Nigeria", "COERCE", None, "Kaduna")}),
        ("On 9 August 2023, soldiers uncovered three IEDs on a road near Maiduguri.",
         {("Nigerian Armed Forces", "COERCE", None, "Maiduguri")}),
        ("On 9 August 2023, troops located a weapons cache in Kaduna.",
         {("Nigerian Armed Forces", "COERCE", None, "Kaduna")}),
        # not found by forces, or no weapon found: none
        ("On 9 August 2023, farmers discovered a landmine near Kaduna.", set()),
        ("On 9 August 2023, police discovered the body of a trader in Kaduna.", set()),
    ],
)  # fmt: skip
def test_weapons_found_by_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
