"""English news snippets by ACLED sub-event type (issue 14, CASE 2021 task 2), second round, on
snippets of our own: exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_en_snippets import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the town" that fell is the place of the event an earlier sentence told
        (
            "Rebels attacked Ariha in Idlib province. The town fell to the rebels on Sunday.",
            {
                ("Unidentified Armed Group (Syria)", "FIGHT", None, "Arīḩā"),
                ("Unidentified Armed Group (Syria)", "CAPTURE", None, "Arīḩā"),
            },
        ),
        (
            "Heavy fighting around Gao. The city fell to Islamist militants on Monday.",
            {
                ("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao"),
                ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao"),
            },
        ),
        # the same capture told twice is one
        (
            "Taliban seize Kunduz. The city fell to the insurgents after a night of fighting.",
            {("Taliban", "CAPTURE", None, "Kunduz")},
        ),
        ("Floods hit Gao. The town fell silent.", set()),
    ],
)
def test_towns_fallen_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second headline verb the parser leaves a noun in apposition is the first one's conjunct
        (
            "AMISOM forces clash with al Shabaab, retake Baidoa",
            {
                ("African Union Transition Mission in Somalia", "FIGHT", "Al-Shabaab", None),
                ("African Union Transition Mission in Somalia", "CAPTURE", None, "Baidoa"),
            },
        ),
        (
            "Somali troops clash with al Shabaab, recapture Kismayo",
            {
                ("Somali National Army", "FIGHT", "Al-Shabaab", None),
                ("Somali National Army", "CAPTURE", None, "Kismayo"),
            },
        ),
    ],
)
def test_second_headline_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
