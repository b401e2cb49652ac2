"""An untargeted fight told inside the subject of the same actor's targeted event is its means."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp


def test_shells_fired_by_x_that_killed_civilians_are_one_event() -> None:
    got = events("Shells fired by Wagner fighters killed two civilians in Moura on Monday.", "en")
    assert got == {("Wagner Group", "ASSAULT", "Civilians (Mali)", "asserted")}


def test_a_separate_untargeted_fight_stays() -> None:
    got = events("Wagner fighters shelled Moura and killed two civilians in Diafarabé.", "en")
    assert ("Wagner Group", "FIGHT", None, "asserted") in got
