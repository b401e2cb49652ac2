"""French war reporting (issue 14), round 66b, in sentences of our own: a person or body of no force
(a minister, a president, a delegation) entering a town takes nothing, even when a demonym names his
state; forces entering it still take it. Each rule with a near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister, a president, a delegation of a state entering a town is no capture
        ("Le ministre tchadien est entré dans Abéché mardi.", set()),
        ("Le président malien est entré à Gao sous les applaudissements.", set()),
        ("Une délégation nigérienne est entrée dans Agadez.", set()),
        # negative: the state's troops entering the town take it
        ("Les soldats tchadiens sont entrés dans Abéché mardi.",
         {("Chadian Armed Forces", "CAPTURE", None, "Abéché")}),
    ],
)  # fmt: skip
def test_unarmed_people_entering_a_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
