"""French coordinated demonyms (issue 14): "des soldats X et Y" names the forces of both countries,
in either order and wherever they act, also when the parser tags the second demonym as a noun."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

FRA, MLI = "French Armed Forces", "Malian Armed Forces"
TCD, NER = "Chadian Armed Forces", "Niger Armed Forces"
MLI_ARMED = "Unidentified Armed Group (Mali)"
Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign second demonym keeps its own country, not the place's
        ("Des soldats français et tchadiens sont entrés dans Gao.",
         {(FRA, "CAPTURE", None, "Gao"), (TCD, "CAPTURE", None, "Gao")}),
        ("Des soldats maliens et français sont entrés dans Gao.",
         {(MLI, "CAPTURE", None, "Gao"), (FRA, "CAPTURE", None, "Gao")}),
        # "maliens" tagged as a noun still names Mali's side
        ("Des soldats français et maliens sont entrés dans Gao.",
         {(FRA, "CAPTURE", None, "Gao"), (MLI, "CAPTURE", None, "Gao")}),
        ("Des troupes tchadiennes et nigériennes ont attaqué les jihadistes à Gao.",
         {(TCD, "FIGHT", MLI_ARMED, "Gao"), (NER, "FIGHT", MLI_ARMED, "Gao"),
          (TCD, "COOPERATE", NER, "Gao")}),  # one side (nlp/events/joint_sides.py)
        ("Des forces françaises et maliennes ont repris Gao.",
         {(FRA, "CAPTURE", None, "Gao"), (MLI, "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_both_demonyms_name_their_own_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unnamed armed group a state fights takes the country of the place, not of that state
        ("La France a lancé une opération contre les jihadistes à Diabaly.",
         {("France", "FIGHT", MLI_ARMED, "Diabaly")}),
        ("La France a lancé une opération contre les jihadistes à Gao.",
         {("France", "FIGHT", MLI_ARMED, "Gao")}),
    ],
)  # fmt: skip
def test_unnamed_target_takes_the_place_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
