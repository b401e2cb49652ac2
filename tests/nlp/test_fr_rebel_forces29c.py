"""French war reporting (issue 14): "forces" that an adjective names rebel or insurgent are an armed
group of their country, never the state nor its army (sentences of our own, exact rows)."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was ("Syria", "FIGHT", None, "Alep"): the demonym made the state the actor
        # a military base attacked is the army's (war32: held_site_nouns; was no target)
        ("Les forces rebelles syriennes ont attaqué une base militaire près d'Alep.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "base militaire près d'Alep")}),
        ("Les forces rebelles ont pris la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Des forces insurgées ont attaqué Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        # the state's own forces stay its army
        ("Les forces gouvernementales ont bombardé Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_rebel_forces_are_an_armed_group(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
