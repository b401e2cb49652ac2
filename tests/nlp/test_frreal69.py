"""French real news (issue 14), round frreal69, in sentences of our own: a region set off after a
town with "en" ("à Tessalit, en Kidal") says where the town lies and is no second place of a list
(nlp/events/region_asides.py); a place name the knowledge base matches to a state only by a near
spelling, while the gazetteer places it in another country ("en Corse-du-Sud" ~ Corée du Sud), is that
place, no state (nlp/fuzzy_states.py). Each rule with a near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_MLI = "Unidentified Armed Group (Mali)"
UAG_FRA = "Unidentified Armed Group (France)"
MALI_MIL = "Malian Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region after the town's comma, with "en": one event, at the town
        ("Un berger a été tué à Tessalit, en Kidal.", {(UAG_MLI, "ASSAULT", "Civilians (Mali)", "Tessalit")}),
        ("Un avocat a été tué à Ajaccio, en Corse.", {(UAG_FRA, "ASSAULT", "Civilians (France)", "Ajaccio")}),
        # negative: a list of towns, each with "à", is one event a town
        (
            "Les rebelles ont attaqué à Gao, à Kidal et à Tombouctou.",
            {
                (UAG_MLI, "FIGHT", None, "Gao"),
                (UAG_MLI, "FIGHT", None, "Kidal"),
                (UAG_MLI, "FIGHT", None, "Timbuktu"),
            },
        ),
    ],
)
def test_region_aside(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French department that only resembles a state's name: the place, and France's gunmen
        (
            "Un avocat a été tué mardi en Corse-du-Sud.",
            {(UAG_FRA, "ASSAULT", "Civilians (France)", "Corse-du-Sud")},
        ),
        # negative: the state named as written stays the state
        ("La Corée du Sud a condamné l'assassinat de l'avocat.", {("South Korea", "ACCUSE", None, None)}),
    ],
)
def test_fuzzy_state_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
