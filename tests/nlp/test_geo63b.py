"""Places, round 63b (issue 14): a bracketed hint that is a subdivision named as a common word too
("Delta") is the note's country's subdivision, not a town abroad; "Babylon province" is Iraq's Babil
governorate, not a town of that name abroad. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_common_word_hint_after_a_district_is_the_state_of_that_country() -> None:
    text = "On 4 June 2021, gunmen shot a trader at the market of Warri (Warri South LGA, Delta)."
    assert located(text) == {("Warri", "NGA", 5.51737, 5.75006)}


def test_a_common_word_hint_of_another_country_stays_there() -> None:
    text = "On 4 June 2021, police arrested two protesters in Tsawwassen (Delta, British Columbia)."
    assert located(text) == {("Tsawwassen", "CAN", 49.01667, -123.08333)}


def test_babylon_province_is_the_iraqi_governorate() -> None:
    text = "On 4 June 2021, militants attacked a checkpoint in Jurf al Nasr in Babylon province."
    assert located(text) == {("Babil", "IRQ", 32.47, 44.55)}


def test_a_town_called_babylon_abroad_stays_there() -> None:
    text = "On 4 June 2021, police arrested two robbers in Babylon, New York."
    assert located(text) == {("Babylon", "USA", 40.69566, -73.32568)}
