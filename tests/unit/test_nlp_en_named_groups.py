"""English named groups with a generic head, on sentences of our own: "the Mayi Mayi X armed group"
is the group NER names (discovered when the KB does not know it), not an unidentified armed group;
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_en_snippets import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


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
