"""Sides and backers: "between X and Y on one side and Z on the other" (allies are not opponents);
a state backs no forces of its own."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp


def test_english_sides() -> None:
    got = events(
        "Clashes between the Southern Transitional Council and Islah forces on one side and the Houthis "
        "on the other were reported in Taiz.",
        "en",
    )
    pairs = {(a, t) for a, type_, t, _ in got if type_ == "FIGHT"}
    assert ("Houthis", "Southern Transitional Council") in pairs and (
        "Southern Transitional Council",
        "Houthis",
    ) in pairs
    assert (
        not {("Southern Transitional Council", "Islah"), ("Islah", "Southern Transitional Council")} & pairs
    )


def test_french_sides() -> None:
    got = events(
        "Des affrontements entre le MNLA et le HCUA d'un côté et l'armée malienne de l'autre "
        "ont eu lieu à Kidal.",
        "fr",
    )
    pairs = {(a, t) for a, type_, t, _ in got if type_ == "FIGHT"}
    mnla = "National Movement for the Liberation of Azawad"
    assert (mnla, "Malian Armed Forces") in pairs
    assert not any({a, t} <= {mnla, "High Council for the Unity of Azawad"} for a, t in pairs)


def test_a_state_backs_no_forces_of_its_own() -> None:
    got = events("Saudi Arabia supported the government forces with air strikes on Houthi positions.", "en")
    assert ("Saudi Arabia", "FIGHT", "Houthis", "asserted") in got
    backed = {t for a, type_, t, _ in got if type_ == "SUPPORT"}
    assert backed == {"Military Forces"}
