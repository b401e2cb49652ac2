"""Places, round 58 (issue 14): a capitalised group noun heading a name ("the Luhansk People's
Militia") names a group, never a place. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp

_MORTARS = "On 2 March 2021, the Ukrainian Forces fired mortars at the positions of the "


def test_a_militia_named_before_a_village_is_no_place() -> None:
    text = _MORTARS + "Luhansk People's Militia near Ozerianivka, Luhansk."
    assert located(text) == {("Ozeryanivka", "UKR", 48.2737, 37.97252)}


def test_a_bare_group_noun_before_a_town_leaves_the_town() -> None:
    text = "On 2 March 2021, Militia fighters shelled positions near Avdiivka."
    assert located(text) == {("Avdiyivka", "UKR", 48.14019, 37.75008)}
