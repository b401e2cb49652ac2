"""English SOHR-style headlines, round 60 (issue 14): a city's name NER took for an organisation
before a place noun is the city; a control verb tells who holds a place."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows
from unit._extract import facts

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's name before a place noun, whatever NER labelled it: the city, in its country
        ("Fresh clashes in Lattakia countryside leave four dead", {(UAG, "FIGHT", None, "Latakia")}),
        ("Clashes in Hama countryside leave five dead", {(UAG, "FIGHT", None, "Ḩamāh")}),
        # a group's name before a noun of its sites stays the group
        ("Rebels shelled SDF positions near Manbij", {(UAG, "FIGHT", "Syrian Democratic Forces", "Manbij")}),
        # before a structure noun the name is the structure's, not a city abroad (Palma, Spain)
        ("Rioters walked to the Palma bridge close to Bohssas and blocked it. They had come from a sit-in in"
         " Tripoli.",
         {("Rioters (Lebanon)", "PROTEST", None, "Bohsas"),
          ("Protesters (Lebanon)", "PROTEST", None, "Tripoli")}),
    ],
)  # fmt: skip
def test_city_before_a_place_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def _controls(text: str) -> set[tuple[str, str]]:
    f = facts(text, "en")
    names = {a.id: a.name for a in f.actors}
    places = {loc.id: loc.name for loc in f.locations}
    return {(names[c.actor_id], places[c.location_id]) for c in f.controls}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a control verb: its subject holds its object, a claim and no event
        ("ISIS controls the town of Palmyra", {("Islamic State", "Tadmur")}),
        # what is controlled must be a place
        ("Police control the crowd in Lagos", set()),
    ],
)  # fmt: skip
def test_control_verb(text: str, expected: set[tuple[str, str]]) -> None:
    assert _controls(text) == expected
