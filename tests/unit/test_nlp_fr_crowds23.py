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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces deployed mobilize, not the authorities that sent them
        ("Selon les autorités, d'importantes forces de police ont été déployées pour maintenir "
         "l'ordre à Lomé.",
         {("Police Forces of Togo", "MOBILIZE", None, "Lomé")}),
        ("Les autorités togolaises ont déployé des gendarmes à Lomé.",
         {("Police Forces of Togo", "MOBILIZE", None, "Lomé")}),
        ("Le gouvernement a déployé des soldats à Gao.",
         {("Malian Armed Forces", "MOBILIZE", None, "Gao")}),
        # weapons deployed are no forces: the subject still acts
        ("L'armée malienne a déployé des blindés à Gao.",
         {("Malian Armed Forces", "MOBILIZE", None, "Gao")}),
    ],
)  # fmt: skip
def test_deployed_forces_mobilize(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
