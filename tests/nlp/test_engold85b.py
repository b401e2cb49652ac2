"""English real articles (issue 14), round engold85b: the Wikipedia page on an Iraq war operation of
tests/gold/real/en_re3d_c.json, in sentences of our own, each rule with a second sentence it fixes and
a near sentence it must leave alone:

- a verb of ``town_object_verbs`` whose object is a definite town noun with no name ("had cleared the
  city") takes the town told before, in an earlier clause of its own sentence or in the sentence before
  (nlp/events/town_anaphors.py);
- a ``phase_nouns`` word ("another phase of the offensive", "the second stage of its offensive") gives
  way to the event noun of its 'of' complement, determined or not, as a series noun does
  (nlp/series_nouns.py);
- an ordinal and a unit noun alone ("3rd Battalion", "2nd Battalion, 1st Marines") number a unit of
  someone's force: no actor of its own, as "the 6th Infantry Division" (nlp/unit_names.py); not a
  numbered corps or division, which may be a formation's own name ("the 5th Corps").
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

_US = "Military Forces of the United States"
_SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US troops opened their assault on Fallujah, and had cleared the city five days later.",
         {(_US, "FIGHT", None, "Al Fallūjah"), (_US, "CAPTURE", None, "Al Fallūjah")}),
        ("The army shelled Homs for a week and cleared the town on Monday.",
         {(_SAA, "FIGHT", None, "Homs"), (_SAA, "CAPTURE", None, "Homs")}),
        ("US troops attacked Fallujah. They cleared the city four days later.",
         {(_US, "FIGHT", None, "Al Fallūjah"), (_US, "CAPTURE", None, "Al Fallūjah")}),
        # near: no town noun cleared; no town told before; no armed party clearing it
        ("The army shelled Homs and cleared the road.", {(_SAA, "FIGHT", None, "Homs")}),
        ("Volunteers cleared the town after the storm.", set()),
        ("Rebels attacked Gao on Monday. Firefighters cleared the town.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
    ],
)  # fmt: skip
def test_a_cleared_town_is_the_town_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army launched another phase of the offensive against Raqqa.",
         {(_SAA, "FIGHT", None, "Ar Raqqah")}),
        ("The army entered the second stage of its offensive against the rebels in Homs.",
         {(_SAA, "FIGHT", "Unidentified Armed Group (Syria)", "Homs")}),
        # near: the phase of no event noun
        ("The project entered a new phase of construction.", set()),
        ("The army entered a new phase of its reform in Homs.", set()),
    ],
)  # fmt: skip
def test_a_phase_of_an_event_is_that_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers of the 3rd Battalion attacked rebels near Gao.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
        # bare "Marines" are the U.S. Marine Corps (round engold87; the unit stays no actor of its own)
        ("Marines from 3rd Battalion attacked insurgents in Fallujah.",
         {("United States", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Fallūjah")}),
        # near: the force named beside the unit; a numbered name with no unit noun
        ("The 2nd Battalion of the Malian army attacked rebels near Gao.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
        ("The 101st Airborne attacked insurgents in Fallujah.",
         {("101st Airborne", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Fallūjah")}),
        # a numbered corps may be a formation's own name (numbered_unit_heads, merge of round 85)
        ("Gunmen opened fire on a convoy of the 5th Corps near Daraa.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "5th Corps", "Dar‘ā")}),
    ],
)  # fmt: skip
def test_a_numbered_unit_is_no_actor_of_its_own(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
