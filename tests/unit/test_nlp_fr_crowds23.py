"""French crowds and deployments (issue 14): force used 'à l'encontre de' a crowd, and forces
deployed, in sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_fr_war import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à l'encontre de X" is "contre X": the crowd is the target, and the protest it was is met
        ("À Lomé, les forces de l'ordre ont fait usage de gaz lacrymogènes à l'encontre des manifestants.",
         {("Police Forces of Togo", "COERCE", "Protesters (Togo)", "Lomé"),
          ("Protesters (Togo)", "PROTEST", None, "Lomé")}),
        ("Les policiers ont utilisé du gaz à l'encontre des manifestants rassemblés à Niamey.",
         {("Police Forces of Niger", "COERCE", "Protesters (Niger)", "Niamey"),
          ("Protesters (Niger)", "PROTEST", None, "Niamey")}),
    ],
)  # fmt: skip
def test_force_against_a_crowd(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
