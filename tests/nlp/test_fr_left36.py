"""French leftovers (issue 14), round 36: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number (or a time of day, then a number) after the weekday opens the verb's object
        ("Des hommes armés ont enlevé jeudi sept touristes au Niger.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Niger")}),
        ("Des hommes armés ont enlevé jeudi 7 touristes au Niger.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Niger")}),
        ("Des hommes armés ont enlevé samedi soir deux Français au Niger.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (France)", "Niger")}),
        ("Les rebelles ont pris mardi soir Konna.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Konna")}),
    ],
)  # fmt: skip
def test_object_after_a_date(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state in the 'de' complement of an event noun aimed 'contre' someone acts
        ("L'intervention du Tchad contre les islamistes a débuté lundi au Mali.",
         {("Chad", "FIGHT", "Unidentified Armed Group (Mali)", "Mali")}),
        ("Les frappes de la France contre Ansar Dine ont débuté près de Gao.",
         {("France", "FIGHT", "Ansar Dine", "Gao")}),
        # with no one aimed at, no event (an intervention alone is no fight)
        ("L'intervention de la France au Mali a débuté lundi.", set()),
    ],
)  # fmt: skip
def test_state_acting_in_an_event_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coup deposing someone: the military of the article's country (as 'les putschistes')
        ("Au Mali, un coup d'État a renversé mercredi le président Amadou Toumani Touré.",
         {("Malian Armed Forces", "COERCE", "Amadou Toumani Touré", "Mali")}),
        ("Au Niger, un putsch a renversé le gouvernement.",
         {("Niger Armed Forces", "COERCE", "Niger", "Niger")}),  # the fronted "Au Niger," is the scene
        # in a relative clause, the coup it hangs on
        ("Au Mali, le coup d'État qui a renversé le président Amadou Toumani Touré en mars a été condamné.",
         {("Malian Armed Forces", "COERCE", "Amadou Toumani Touré", None)}),
        # a coup that deposes no one told is no actor
        ("Au Mali, le coup d'État a plongé le pays dans la crise.", set()),
    ],
)  # fmt: skip
def test_coup_as_subject(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


MILITIA_LBY = "Unidentified Communal Militia (Libya)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one plural group noun with a rival adjective or a number: both sides, one generic group
        ("Des heurts entre milices rivales ont fait six morts à Tripoli.",
         {(MILITIA_LBY, "FIGHT", None, "Tripoli")}),
        ("Des affrontements ont éclaté entre deux milices à Tripoli.",
         {(MILITIA_LBY, "FIGHT", None, "Tripoli")}),
        ("Des combats entre milices adverses ont fait dix morts près de Mogadiscio.",
         {("Unidentified Communal Militia (Somalia)", "FIGHT", None, "Mogadishu")}),
        # a plural noun alone may be one side only: no event
        ("Des combats ont éclaté entre les rebelles à Gao.", set()),
    ],
)  # fmt: skip
def test_rival_sides_of_one_class(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group noun the tagger reads as an adjective keeps its demonym over the place's country
        ("Aqmi a enlevé deux humanitaires norvégiens près de Tombouctou.",
         {("Al-Qaeda in the Islamic Maghreb", "ASSAULT", "Civilians (Norway)", "Timbuktu")}),
        ("Des hommes armés ont enlevé trois humanitaires français près d'Arlit.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (France)", "Arlit")}),
        # with no demonym, the place's country
        ("Trois humanitaires ont été enlevés près de Tombouctou.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Timbuktu")}),
    ],
)  # fmt: skip
def test_demonym_of_a_group_noun_read_as_adjective(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
