"""Round enmiss82b (issue 14): general rules for misses of the case82 and protest82 batteries, each with
a near sentence it must not fire on.

- A vehicle that strikes a laid charge (``laid_charge_nouns``: 'struck a landmine', 'ran over an IED')
  is its victim: the party it stands for is the target, the charge's unnamed layer acts
  (nlp/events/mined_vehicles.py).
- A protest noun the parser hangs on a verb as an adverbial noun ('broke up a march by teachers') is
  the protest met: those detained in the clause after it are protesters
  (nlp/events/adverbial_protests.py).
- 'impose' or 'clamp' restrictions in a town restricts its people as a curfew does (MOBILIZE; a town's
  'in' on the object meets town_preps: nlp/town_preps.py); trade restrictions are no such act."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the soldiers' truck hit the mine: the soldiers are hit, the mine's layer unnamed
        ("Three soldiers were wounded when their truck hit a landmine in Kohlu district, officials said.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Military Forces of Pakistan", "Kohlu")}),
        ("Four policemen were killed when their van struck an IED in Dera Ismail Khan on Sunday.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Dera Ismail Khan")}),
        # a vehicle hitting another vehicle is a road accident, no attack
        ("Two people were killed when their car hit a truck near Quetta on Sunday.", set()),
        # gunmen who attack a vehicle stay its attackers (the police's vehicle is the police: round case86)
        ("Gunmen attacked a police vehicle near Quetta on Sunday, officials said.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Quetta")}),
    ],
)  # fmt: skip
def test_mined_vehicles(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces broke up a march by students in San Pedro Sula on Friday, detaining at least "
         "twenty of them, the students' federation said.",
         {("Police Forces of Honduras", "COERCE", "Protesters (Honduras)", "San Pedro Sula"),
          ("Protesters (Honduras)", "PROTEST", None, "San Pedro Sula")}),
        # a distance the verb takes as an adverbial noun is no protest met
        ("Police walked a mile with the nurses in Tegucigalpa on Monday, detaining at least six of them.",
         {("Police Forces of Honduras", "COERCE", None, "Tegucigalpa")}),
    ],
)  # fmt: skip
def test_adverbial_protests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district administration imposed restrictions in Srinagar on Friday, officials said.",
         {("India", "MOBILIZE", "Civilians (India)", "Srinagar")}),
        ("Authorities clamped restrictions in Anantnag on Saturday ahead of a funeral, police said.",
         {("India", "MOBILIZE", "Civilians (India)", "Anantnag")}),
        # restrictions on trade bind no town's people
        ("The government imposed restrictions on imports of rice from Thailand on Monday.", set()),
    ],
)  # fmt: skip
def test_town_restrictions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
