"""French real news (issue 14), round 78, in sentences of our own: an attack told with no place (a
headline "Assassinat de X", or a lead with no place) takes the place of the clause that then tells its
toll with no author ("X a été abattu mardi à Ajaccio"), which is no event of its own
(nlp/events/toll_places.py). Each rule with near sentences it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import Row, fr_rows

pytestmark = pytest.mark.nlp

UAG_FR = "Unidentified Armed Group (France)"
UAG_ML = "Unidentified Armed Group (Mali)"
MALI = "Malian Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline naming the victim, the body the place: the victim's name is no place
        ("Assassinat de Paul Marcaggi\n\nPaul Marcaggi a été abattu ce lundi dans une commune de la "
         "Corse-du-Sud.",
         {(UAG_FR, "ASSAULT", "Paul Marcaggi", "Corse-du-Sud")}),
        ("Un attentat contre le maire\n\nLe maire a été abattu lundi à Ajaccio.",
         {(UAG_FR, "ASSAULT", None, "Ajaccio")}),
        # a lead with no place, the toll's clause with one
        ("Une embuscade a visé un convoi de l'armée malienne. Trois soldats ont été tués près de Gao.",
         {(UAG_ML, "FIGHT", MALI, "Gao")}),
        # a capital standing for its state is still a place
        ("Un attentat a visé un convoi de l'armée russe. Deux soldats ont été tués à Moscou.",
         {("Unidentified Armed Group (Russia)", "FIGHT", "Russian Armed Forces", "Moscow")}),
    ],
)  # fmt: skip
def test_an_attack_takes_its_toll_place(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative: the attack's own place stays (the toll's is no second event either)
        ("Une embuscade a visé un convoi de l'armée malienne à Kidal. Trois soldats ont été tués près "
         "de Gao.",
         {(UAG_ML, "FIGHT", MALI, "Kidal")}),
        # negative: someone's name the toll's clause holds is no place to lend
        ("Une embuscade a visé un convoi de l'armée malienne. Le domicile de M. Traoré a été encerclé.",
         {("Unidentified Armed Group", "FIGHT", MALI, None)}),
        # negative: a capture of no one ("de parti pris") is no toll to lend a place
        ("Une embuscade a visé un convoi de l'armée malienne. Les autorités dénoncent des médias de "
         "parti pris.",
         {("Unidentified Armed Group", "FIGHT", MALI, None)}),
        # negative: a toll with no place lends none
        ("Une embuscade a visé un convoi de l'armée malienne. Trois soldats ont été tués.",
         {("Unidentified Armed Group", "FIGHT", MALI, None)}),
    ],
)  # fmt: skip
def test_a_told_place_stays(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
