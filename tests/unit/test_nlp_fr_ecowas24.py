"""West African leaders speak for ECOWAS (issue 14): 'les dirigeants ouest-africains', 'les chefs
d'État ouest-africains' are KB aliases of ECOWAS, so their planned deployment is ECOWAS's; exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

from conflictkg.knowledge.kb import KnowledgeBase

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize("name", ["les dirigeants ouest-africains", "les chefs d'État ouest-africains",
                                  "West African leaders"])  # fmt: skip
def test_west_african_leaders_are_ecowas(name: str) -> None:
    found = KnowledgeBase.load().resolve(name)
    assert found is not None and found.name == "ECOWAS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les dirigeants ouest-africains préparent l'envoi de troupes au Mali.",
         {("ECOWAS", "MOBILIZE", None, "Mali")}),
        ("Les chefs d'État ouest-africains envisagent l'envoi d'une force au Mali.",
         {("ECOWAS", "MOBILIZE", None, "Mali")}),
    ],
)  # fmt: skip
def test_leaders_plan_a_deployment(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
