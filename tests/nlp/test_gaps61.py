"""French real-text gaps (issue 14), round 61: structures the lexicon-gaps list showed missed, in
sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "qui" on the attack's date ("du 7 avril", "de mardi"): the attack noun it
        # dates is the antecedent, the verb's unnamed attacker
        ("Il a commis l'attentat du 7 avril qui avait tué deux soldats à Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Le groupe a revendiqué l'attaque du 3 mars qui a blessé cinq soldats à Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
        # a dated meeting that "gathered" ministers is no attack
        ("La réunion du 7 avril qui a réuni deux ministres à Bamako a échoué.", set()),
        ("Il se souvient du sommet du 7 avril qui a rassemblé les ministres à Gao.", set()),
    ],
)  # fmt: skip
def test_relative_on_a_date(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
