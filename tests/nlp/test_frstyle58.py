"""French wire copy of the 2012 wars (issue 14, round frstyle58), in sentences of our own: a place
named in the reporting clause ("a indiqué l'état-major à Paris"), at a road's ends ("la route reliant
X à Y") or as the reference point of a distance ("à 150 km à l'ouest de Y, où ...") is not where the
event happened; near sentences where the place stands."""

from __future__ import annotations

import pytest
from unit._extract import en_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
FAMA = "Malian Armed Forces"
FRA = "French Armed Forces"
UAG_M = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporting verb's place is where it was said
        (
            "Des hélicoptères français ont bombardé dans la nuit des dépôts d'armes près de Konna, "
            "a indiqué l'état-major à Paris.",
            {(FRA, "FIGHT", None, "Konna")},
        ),
        # a road's ends are not the place of a town taken on it
        (
            "Les rebelles se sont emparés de la ville de Léré, sur la route reliant Niono à Tombouctou.",
            {(UAG_M, "CAPTURE", None, "Léré")},
        ),
        # "où" after a distance phrase: the place described, not the reference point
        (
            "Des islamistes ont pris la localité de Léré, à 150 km à l'ouest de Tombouctou, "
            "où ils ont affronté l'armée malienne.",
            {(UAG_M, "CAPTURE", None, "Léré"), (UAG_M, "FIGHT", FAMA, "Léré")},
        ),
    ],
)
def test_aside_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event's own clause under a reporting verb keeps its place
        (
            "Le ministre a annoncé à Bamako que l'armée malienne avait attaqué les rebelles à Konna.",
            {(FAMA, "FIGHT", UAG_M, "Konna")},
        ),
        # "la route de Gao": the town the road is of stands
        (
            "Des hommes armés ont tendu une embuscade à une patrouille de l'armée malienne "
            "sur la route de Gao.",
            {(UAG_M, "FIGHT", FAMA, "Gao")},
        ),
        # a distance's reference point stands when nothing else is named
        (
            "Les rebelles se sont retranchés à 20 km au sud de Gao, où ils ont affronté l'armée malienne.",
            {(UAG_M, "FIGHT", FAMA, "Gao")},
        ),
        # a scene set before the reporting verb is the event's place
        (
            "À Kidal, on a appris de source sécuritaire que des rebelles avaient attaqué "
            "un poste de l'armée.",
            {(UAG_M, "FIGHT", FAMA, "Kidal")},
        ),
    ],
)
def test_places_kept(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_scene_before_a_reporting_verb_en() -> None:
    """ "In X, it was reported that a shoot-out took place": the fronted scene is the place."""
    text = "In Duque de Caxias, it was reported through a local app that a shoot-out took place in a favela."
    assert en_rows(text) == {("Unidentified Armed Group (Brazil)", "FIGHT", None, "Duque de Caxias")}
