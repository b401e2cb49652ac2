"""French news shapes (issue 14), round 55, in sentences of our own: an unknown acronym read as a
place, a list of places, a looted site, a capital attacked in the passive."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
REBELS_MALI = "Unidentified Armed Group (Mali)"
REBELS_NIGER = "Unidentified Armed Group (Niger)"
FAMA = "Malian Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym no place bears, apposed to an armed-group noun: the group, not its demonym's army
        ("Le FPNL, une milice nigérienne, a attaqué Agadez.", {("FPNL", "FIGHT", None, "Agadez")}),
        # a fronted list of places, each with its preposition: one event a place, the first kept
        ("À Gao, à Kidal et à Tombouctou, les rebelles ont attaqué l'armée malienne.",
         {(REBELS_MALI, "FIGHT", FAMA, "Gao"), (REBELS_MALI, "FIGHT", FAMA, "Kidal"),
          (REBELS_MALI, "FIGHT", FAMA, "Timbuktu")}),
        ("Les rebelles ont attaqué l'armée malienne à Gao, à Kidal et à Tombouctou.",
         {(REBELS_MALI, "FIGHT", FAMA, "Gao"), (REBELS_MALI, "FIGHT", FAMA, "Kidal"),
          (REBELS_MALI, "FIGHT", FAMA, "Timbuktu")}),
        # a looted site's "de X" is where the looting happened
        ("Les rebelles ont pillé les magasins de Tombouctou.", {(REBELS_MALI, "COERCE", None, "Timbuktu")}),
        ("Les magasins de Gao ont été pillés par les rebelles.", {(REBELS_MALI, "COERCE", None, "Gao")}),
        # a capital attacked in the passive is the place, not its state as the target
        ("Niamey a été attaquée par des jihadistes.", {(REBELS_NIGER, "FIGHT", None, "Niamey")}),
    ],
)  # fmt: skip
def test_fr55_shapes(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the gazetteer knows stays the place it names
        ("La RDC, une milice congolaise, a attaqué Goma.",
         {("Armed Forces of the Democratic Republic of the Congo", "FIGHT", None, "Goma")}),
        # a fronted scene and a place inside the clause are no list: the clause's place
        ("À Gao, les rebelles ont attaqué l'armée malienne à Kidal.",
         {(REBELS_MALI, "FIGHT", FAMA, "Kidal")}),
        # a place described by where it lies from another is one place
        ("À Gao, au nord de Tombouctou, les rebelles ont attaqué l'armée malienne.",
         {(REBELS_MALI, "FIGHT", FAMA, "Gao")}),
        # the goods of an army looted: the army, no place
        ("Les rebelles ont pillé les biens de l'armée malienne.",
         {("Unidentified Armed Group", "COERCE", FAMA, None)}),
        # a capital only threatened stands for its state
        ("Niamey a été menacée par des jihadistes.", {(REBELS_NIGER, "THREATEN", "Niger", None)}),
        # forces attacked in the capital stay the target
        ("L'armée nigérienne a été attaquée à Niamey par des jihadistes.",
         {(REBELS_NIGER, "FIGHT", "Niger Armed Forces", "Niamey")}),
    ],
)  # fmt: skip
def test_fr55_shapes_left(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
