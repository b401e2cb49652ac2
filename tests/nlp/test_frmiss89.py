"""Round frmiss89 (issue 14): the French batteries' known misses, fixed by general rules, each with
the known miss it fixes, a sentence of our own it must fix too and a near sentence it must leave
alone.

- brokers named together as the agents of a talk verb's participle on what they brokered ("un
  cessez-le-feu négocié par Washington et Paris") each mediate, on one side: no talks between them
  (nlp/events/brokers.py, read by events/allied_subjects.py and events/cut_off_groups.py);
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # brokers named together: the known miss (test_frstyle88), ours
    (
        "Israël et le Hezbollah ont accepté un cessez-le-feu négocié par Washington et Paris, entré en "
        "vigueur mercredi à l'aube.",
        {
            ("France", "CONSULT", None, None),
            ("Hezbollah", "AGREE", "Israel", None),
            ("Israel", "AGREE", "Hezbollah", None),
            ("United States", "CONSULT", None, None),
        },
    ),
    (
        "Le cessez-le-feu négocié par Ankara et Riyad est entré en vigueur lundi.",
        {("Saudi Arabia", "CONSULT", None, None), ("Turkey", "CONSULT", None, None)},
    ),
    # near: the two named as the verb's subject negotiate with each other
    (
        "Washington et Paris ont négocié mardi un cessez-le-feu à Beyrouth.",
        {("France", "CONSULT", "United States", None), ("United States", "CONSULT", "France", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
