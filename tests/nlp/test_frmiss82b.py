"""Round frmiss82b (issue 14): French misses left by frstyle82, in sentences of our own.

Where people held or stationed at a site are acted on ("ont libéré cent détenus de la prison de
Kidal"): the verb's object is "of" a holding site (``holding_site_kinds``: a prison, a camp, a base)
whose place is the event's when the clause names no other (nlp/events/held_sites.py); a town or a
region the object is "of" says whom, not where. An attack noun a participle of aiming qualifies,
aimed at a site that is no party ("un attentat visant un hôtel de Mogadiscio a fait quinze morts"):
the dead its toll counts are the civilians hit, as with no aim told (nlp/events/aimed_tolls.py); an
aim at a party keeps that party the target."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_SYR = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holding site the people are "of" places the act
        ("Afghanistan : les talibans ont libéré vingt prisonniers du camp de Bagram.",
         {("Taliban", "CONCEDE", "Civilians (Afghanistan)", "Bagram Air Base")}),
        ("Syrie : les rebelles ont tué samedi une dizaine de soldats de la caserne de Hama, selon l'OSDH.",
         {(UAG_SYR, "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        # a place the clause names comes first
        ("Libye : les rebelles ont libéré cent détenus de la prison d'Abou Salim, à Tripoli.",
         {("Unidentified Armed Group (Libya)", "CONCEDE", "Civilians (Libya)", "Tripoli")}),
        # an unnamed prison places nothing
        ("Mali : les rebelles du MNLA ont libéré jeudi cent détenus de la prison, selon un élu local.",
         {("National Movement for the Liberation of Azawad", "CONCEDE", "Civilians (Mali)", None)}),
        # a site aimed at is no party: the toll's dead are the civilians
        ("Afghanistan : un attentat visant un marché de Kandahar a fait douze morts lundi, selon la police.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # a foiled attack on a site is none
        ("Somalie : un attentat-suicide visant un hôtel de Mogadiscio a été déjoué samedi par la police.",
         set()),
    ],
)  # fmt: skip
def test_rules_and_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_aim_at_a_party_keeps_it_the_target() -> None:
    got = rows(
        "Afghanistan : une attaque visant une patrouille de l'armée afghane a fait six morts lundi "
        "à Kandahar."
    )
    assert (UAG_AFG, "FIGHT", "Military Forces of Afghanistan", "Kandahār") in got
