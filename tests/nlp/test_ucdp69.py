"""English SOHR-style headlines, round 69 (issue 14): a verbless headline joined to a clause by "and"
is two events; an attack noun with the cost it caused is an attack done; control told as newly or
completely gained, restored or expanded is territory taken, where a bare "X controls Y" stays a
claim."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser made the opening noun the verb's subject: each part is an event of its own
        ("Heavy clashes in Binnish and warplanes bomb the outskirts of Saraqib",
         {(UAG, "FIGHT", None, "Binnish"), (SAA, "FIGHT", None, "Saraqib")}),
        ("Renewed clashes near Binnish and the rebels shell Saraqib",
         {(UAG, "FIGHT", None, "Binnish"), (UAG, "FIGHT", None, "Saraqib")}),
        ("Human losses in Binnish and 5 airstrikes target Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
    ],
)  # fmt: skip
def test_headline_joined_to_clause(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determined subject: one coordinated subject, left as the parser read it
        ("The clashes in Binnish and the shelling of Saraqib killed 12 people",
         {(UAG, "ASSAULT", "Civilians (Syria)", "Binnish")}),
        # an opening noun that tells no event: its conjunct is rightly part of the subject
        ("The leader of the rebels in Binnish and his guards attacked Saraqib",
         {(UAG, "FIGHT", None, "Saraqib")}),
    ],
)  # fmt: skip
def test_coordinated_subject_kept(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airstrikes cause casualties in the outskirts of Binnish", {(UAG, "FIGHT", None, "Binnish")}),
        ("Renewed air raids leave martyrs in Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
        # an attack noun as the subject of a targeting verb
        ("Heavy bombardment targets Saraqib", {(UAG, "FIGHT", None, "Saraqib")}),
        # a cost caused by no attack
        ("The drought caused heavy losses in Binnish", set()),
        ("The decision caused casualties among investors", set()),
    ],
)  # fmt: skip
def test_attack_with_its_cost(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels control three new villages near Saraqib", {(UAG, "CAPTURE", None, "Saraqib")}),
        ("Government forces control the town of Saraqib completely", {(SAA, "CAPTURE", None, "Saraqib")}),
        ("Government forces restore control over two hills near Saraqib",
         {(SAA, "CAPTURE", None, "Saraqib")}),
        ("Government forces expand their control in the countryside of Saraqib",
         {(SAA, "CAPTURE", None, "Saraqib")}),
    ],
)  # fmt: skip
def test_control_gained(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # who holds it, told in a body sentence: a claim, no event (in a headline's present, with no
        # full stop, the town changed hands: tests/nlp/test_ucdp87.py)
        "Rebels control the town of Saraqib.",
        "Rebels do not control more villages near Saraqib",
        "The ministry restored control of the budget",  # no place
    ],
)
def test_control_held_or_no_place(text: str) -> None:
    assert rows(text, "en", PUBLISHED) == set()
