"""Casualties count the dead and the wounded together (issue 14, tellings): "20 casualties" is its
own class of count, so an attack told once with its dead and once with its casualties stays one
event, while two different numbers of casualties keep two attacks apart."""

from __future__ import annotations

import pytest
from nlp.test_same_event39 import told

from conflictkg.nlp.victim_counts import victim_counts

pytestmark = pytest.mark.nlp

NG = "Civilians (Nigeria)"
BH = "Boko Haram"


def test_casualties_are_their_own_class() -> None:
    en, fr = victim_counts("en"), victim_counts("fr")
    assert en("The blast caused 20 casualties, among them 12 killed.") == {("casualties", 20), ("dead", 12)}
    assert en("Officials reported twenty casualties.") == {("casualties", 20)}
    assert fr("L'explosion a fait 20 victimes, dont 12 morts.") == {("casualties", 20), ("dead", 12)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the dead and the casualties of one attack: one event told twice
        ("en", "Boko Haram fighters killed 12 villagers in Borno state on Monday. Boko Haram fighters "
               "killed villagers in Borno state, causing 20 casualties.",
         [(BH, "ASSAULT", NG, "Borno", "2012-10-15", 2)]),
        # two different numbers of casualties: two attacks
        ("en", "Boko Haram fighters attacked villagers in Borno state on Monday, causing 20 casualties. "
               "Boko Haram fighters attacked villagers in Borno state, causing 45 casualties.",
         [(BH, "ASSAULT", NG, "Borno", "2012-10-15", 1), (BH, "ASSAULT", NG, "Borno", "2012-10-17", 1)]),
    ],
)  # fmt: skip
def test_tellings_with_casualties(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert told(text, lang) == expected
