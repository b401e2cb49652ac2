"""Round acled66 (issue 14, ACLED notes): the body of an official found is a killing, a plant is
property."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


def test_the_body_of_an_official_found_is_a_killing() -> None:
    assert rows("The body of a mayor was found in Rio Verde.") == {
        ("Unidentified Armed Group (Brazil)", "ASSAULT", None, "Rio Verde")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police found the body of a mayor in Rio Verde.",  # the finders: no killing told
        "The car of a mayor was found in Rio Verde.",  # no body
    ],
)
def test_what_else_of_an_official_is_found_is_none(text: str) -> None:
    assert rows(text) == set()


def test_a_plant_destroyed_is_property_destruction() -> None:
    assert rows("Unknown men destroyed a power plant in Aba.") == {
        ("Unidentified Armed Group (Nigeria)", "COERCE", None, "Aba")
    }


def test_a_camp_destroyed_stays_a_fight() -> None:
    assert rows("The army destroyed a rebel camp in Aba.") == {
        ("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Aba")
    }
