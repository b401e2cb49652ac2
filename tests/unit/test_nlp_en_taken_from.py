"""English captures of several places "from" a side, on sentences of our own: the side the places
were taken from is each capture's target, the clashes told in passing are fought against it, a
misspelt control noun ("contol") still makes the capture, "A (district, province) and B (...)
areas" names two places, and "retook X after it was taken over by Y" tells two captures of X."""

from __future__ import annotations

import pytest
from unit._extract import Fact, Placed, events, placed

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    (
        "The Giants Brigade took control of Wadi Qalab and Dhi Zorman areas from Houthi forces.",
        {("Giants Brigades", "CAPTURE", "Houthis", "asserted")},
    ),
    (
        "The Houthis took control of Dhi Zorman from the Giants Brigade.",
        {("Houthis", "CAPTURE", "Giants Brigades", "asserted")},
    ),
    # "from" joined by the parser to the preposition before it; the clashes the capture followed
    # were fought against the side it was taken from; one letter left out of "control"
    (
        "On 4 June, the Giants Brigade reportedly took contol of Wadi Qalab (Sirwah, Marib) and Dhi Zorman"
        " (Sirwah, Marib) areas, in addition to other places west of Sirwah district, from pro-Houthi forces"
        " following clashes that began on 3 June.",
        {
            ("Giants Brigades", "CAPTURE", "Houthis", "asserted"),
            ("Giants Brigades", "FIGHT", "Houthis", "asserted"),
        },
    ),
    ("The Houthis took contrl of Dhi Zorman (Sirwah, Marib).", {("Houthis", "CAPTURE", None, "asserted")}),
    # a real word is no misspelling, and a short noun is never matched
    ("The Houthis took a photo of Dhi Zorman (Sirwah, Marib).", set()),
    ("The Houthis took a cab to Dhi Zorman (Sirwah, Marib).", set()),
    # "retook X after it was taken over by Y": Y took X (the pronoun's antecedent) from the retaker,
    # who took it back from Y
    (
        "On 9 June, Mozambique's military re-captured Mocimboa after it had been taken over by"
        " Islamist militants.",
        {
            ("Military Forces of Mozambique", "CAPTURE", "Islamist Militia (Mozambique)", "asserted"),
            ("Islamist Militia (Mozambique)", "CAPTURE", "Military Forces of Mozambique", "asserted"),
        },
    ),
    (
        "Al Shabaab seized the town of Bulo Burde, Somalia, after it was taken by government forces.",
        {
            ("Al-Shabaab", "CAPTURE", "Somali National Army", "asserted"),
            ("Somali National Army", "CAPTURE", "Al-Shabaab", "asserted"),
        },
    ),
    # a place left is not taken
    (
        "On 9 June, Mozambique's military re-captured Mocimboa after it had been abandoned by"
        " Islamist militants.",
        {("Military Forces of Mozambique", "CAPTURE", None, "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_taken_from(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


PLACES: list[tuple[str, set[Placed]]] = [
    (
        "The Giants Brigade took control of Wadi Qalab (Sirwah, Marib) and Dhi Zorman (Sirwah, Marib) areas"
        " from Houthi forces.",
        {("CAPTURE", "Wadi Qalab", "YEM"), ("CAPTURE", "Dhi Zorman", "YEM")},
    ),
    (
        "Al Shabaab seized the town of Bulo Burde, Somalia, after it was taken by government forces.",
        {("CAPTURE", "Buulobarde", "SOM")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_taken_from_places(text: str, expected: set[Placed]) -> None:
    assert placed(text) == expected
