"""Round frmiss86 (issue 14): the French batteries' known misses, fixed by general rules, each with
the known miss it fixes, a sentence of our own it must fix too and a near sentence it must leave
alone.

- a lower-case water noun with a capitalised name after it ("en mer Rouge", "près du lac Tchad", "dans
  le golfe d'Aden") names a sea or a lake, the curated water so named is the event's place, and a water
  the gazetteer lacks places nothing (nlp/events/water_bodies.py, fr.json ``water_nouns``,
  places/curated.toml);
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # a sea or a lake: the known misses (test_frstyle72, test_frstyle83, test_frstyle85), ours
    (
        "Yémen : les Houthis ont revendiqué une attaque de drone contre un navire marchand en mer Rouge",
        {("Houthis", "FIGHT", None, "Red Sea")},
    ),
    (
        "Nigeria : l'armée nigériane a affirmé mardi avoir tué une trentaine de combattants de l'ISWAP lors "
        "d'une opération près du lac Tchad.",
        {("Nigerian Armed Forces", "FIGHT", "Islamic State West Africa Province", "Lake Chad")},
    ),
    (
        "Yémen : les Houthis ont attaqué mardi un navire marchand dans le golfe d'Aden.",
        {("Houthis", "FIGHT", None, "Gulf of Aden")},
    ),
    # near: the sea with no name, a sea the gazetteer lacks: no place of its own
    (
        "Yémen : des soldats ont été tués en mer près de Hodeïda.",
        {("Unidentified Armed Group (Yemen)", "FIGHT", "Government of Yemen", "Al Ḩudaydah")},
    ),
    ("Les Houthis ont attaqué un navire en mer de Barents.", {("Houthis", "FIGHT", None, None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
