"""English monitor-style headlines, second pass (issue 14, round 43): military craft with no owner
named as a fight's subject, and the regions around Damascus and in the Latakia hills as places."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SAA = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # craft with no owner named bombing somewhere: the military of the country hit
        ("Helicopters dropped bombs on Raqqa.", {(SAA, "FIGHT", None, "Ar Raqqah")}),
        ("Gunships bombed the town of Kafr Zita.", {(SAA, "FIGHT", None, "Kafr Zaytā")}),
        ("A plane bombed the outskirts of Homs on Monday.", {(SAA, "FIGHT", None, "Homs")}),
        # its owner named: that state's forces
        ("Russian helicopters bombed Idlib.", {("Russian Armed Forces", "FIGHT", None, "Idlib")}),
        # no fight, no actor: a craft landing or flying over is nothing
        ("A medical helicopter landed in Damascus.", set()),
    ],
)  # fmt: skip
def test_unowned_craft(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fierce clashes broke out in the Eastern Ghouta.", {(UAG_SYR, "FIGHT", None, "Eastern Ghouta")}),
        ("Artillery shelling hit Western Ghouta overnight.", {(UAG_SYR, "FIGHT", None, "Western Ghouta")}),
        ("Fighting resumed in Jabal al-Akrad.", {(UAG_SYR, "FIGHT", None, "Latakia Mountains")}),
    ],
)  # fmt: skip
def test_syrian_regions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "forces" read as the verb of a headline whose verb follows it
        ("The regime forces advance in the rural north of Hama.", {(SAA, "FIGHT", None, "Ḩamāh")}),
        ("The government forces attack the town of Kafr Zita.", {(SAA, "FIGHT", None, "Kafr Zaytā")}),
        # "forces" the verb: its object is no verb ("forces villagers to leave"), nor a plural noun
        ("The army forces villagers to leave Hama.", set()),
        ("The crisis forces talks between the parties.", set()),
    ],
)  # fmt: skip
def test_forces_misread_as_a_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at the expense of X": X is whom the advance is against; the place the parser hangs on
        # "expense" is the advance's
        ("The army advanced at the expense of the Islamic State in the desert of Homs.",
         {(SAA, "FIGHT", "Islamic State", "Homs")}),
        ("Rebels advanced at the expense of the army near Hama.", {(UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        # no force, no fight
        ("The company grew at the expense of its rivals in Damascus.", set()),
    ],
)  # fmt: skip
def test_advance_at_the_expense_of(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
