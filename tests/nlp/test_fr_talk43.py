"""French speech acts and protests (issue 14), round 43: sentences of our own, as exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kin (and colleagues) who gather to demand something are the country's protesters
        ("Les familles des otages se sont réunies devant le palais présidentiel à Bamako "
         "pour réclamer leur libération.",
         {("Protesters (Mali)", "PROTEST", "Mali", "Bamako")}),
        ("Les proches des soldats se sont rassemblés devant le ministère à Bamako pour exiger leur retour.",
         {("Protesters (Mali)", "PROTEST", "Mali", "Bamako")}),
        ("Les collègues et les familles des otages se sont réunis devant le palais présidentiel "
         "pour réclamer leur libération.",
         {("Protesters", "PROTEST", None, None)}),
        ("Les familles des otages ont manifesté devant le palais présidentiel à Bamako.",
         {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        # kin who meet someone hold no protest
        ("Les familles des otages se sont réunies avec le ministre malien des Affaires étrangères à Bamako.",
         set()),
    ],
)  # fmt: skip
def test_kin_protest(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
