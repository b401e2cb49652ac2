"""French violence by unnamed and generic attackers (issue 14), round 23, on sentences of our own:
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_fr_war import Row, rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cleft after a source ("selon la police, ce sont deux hommes ... qui"): the source names
        # no group; "l'avocat" is the lawyer the text named before
        ("Meurtre de Karim Diallo, avocat de Sadou Traoré. Selon la police, ce sont deux hommes à "
         "bord d’une moto qui ont ouvert le feu sur l'avocat à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Karim Diallo", "Gao")}),
        # the noun with the name in the same phrase first, then alone
        ("Le juge Ahmad Karimi a été tué lundi à Kandahar. Des hommes armés avaient déjà ouvert le "
         "feu sur le juge en mai.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Ahmad Karimi", "Kandahār"),
          ("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Ahmad Karimi", None)}),
        ("Le gouverneur de la province, Tooryalai Wesa, a été blessé à Kandahar. Deux hommes armés "
         "ont tiré sur le gouverneur mardi.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Tooryalai Wesa", "Kandahār")}),
        # a lawyer the text never named: civilians
        ("Selon la police, deux hommes à moto ont ouvert le feu sur un avocat à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_unnamed_attackers_on_a_person_named_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
