"""Kin nouns as victims (issue 14, round 63): "his wife", "her husband", "two sons", "the daughter of X"
killed or seized are civilians of the country, their possessive naming a kin tie, not an owner; as
actors by themselves they stay what they were."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed his wife and two children in Gao.", {(UAG, "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Her husband was killed by soldiers in Homs.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Gunmen abducted the daughter of a local official in Kano.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")}),
        ("Gunmen killed a teacher and his wife in Gao.", {(UAG, "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_kin_victims_are_civilians_en(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_kin_victims_are_civilians_fr() -> None:
    text = "Des hommes armés ont tué sa femme et ses deux enfants près de Gao."
    assert fr_rows(text) == {(UAG, "ASSAULT", "Civilians (Mali)", "Gao")}


@pytest.mark.parametrize(
    "text",
    ["The brothers attacked a police post near Gao.", "His son attacked a police post near Gao."],
)
def test_kin_actors_stay_as_they_were(text: str) -> None:
    # negative: a kin noun acting is no civilian actor, the unnamed attackers as before
    assert en_rows(text) == {(UAG, "FIGHT", "Police Forces of Mali", "Gao")}
