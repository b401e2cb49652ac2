"""English ACLED-style notes (issue 14), round 43: sentences of our own, as exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
PRO_MEX = "Protesters (Mexico)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject after a fronted list of places is the verb's, not one more place
        ("On 6 May 2020, in Tuxpan, Veracruz, rural school teachers affiliated to the CNTE demonstrated"
         " to ask for their unpaid bonuses.", {(PRO_MEX, "PROTEST", None, "Túxpam de Rodríguez Cano")}),
        ("On 6 May 2020, in Zamora, Michoacan, health workers affiliated to the SNTSA demonstrated to"
         " demand bonuses.", {(PRO_MEX, "PROTEST", None, "Zamora de Hidalgo")}),
        ("On 6 May 2020, in La Ceiba, Atlantida, a gunman and a man riding a motorcycle stopped a taxi"
         " and shot the driver dead.",
         {("Unidentified Armed Group (Honduras)", "ASSAULT", "Civilians (Honduras)", "La Ceiba")}),
        # the places the parser hung on the subject are the locative's again
        ("On 6 May 2020, in Celaya, Guanajuato, workers who clean the city streets demonstrated to ask"
         " for masks and gloves.", {(PRO_MEX, "PROTEST", None, "Celaya")}),
        # a subject the parser found stays
        ("On 6 May 2020, in Kabul, the capital, fighting erupted between rival militias.",
         {("Unidentified Communal Militia (Afghanistan)", "FIGHT", None, "Kabul")}),
        ("On 6 May 2020, in Puebla, Puebla, nurses demonstrated to ask for protective equipment.",
         {(PRO_MEX, "PROTEST", None, "Puebla")}),
        # a name after its organisation kind noun is that organisation, whatever NER took it for
        ("On 2 May 2020, the opposition party Narodna protested in Nis against the lockdown.",
         {("Narodna", "PROTEST", None, "Niš")}),
        ("On 2 May 2020, the ruling party Sloga protested in Nis against the lockdown.",
         {("Sloga", "PROTEST", None, "Niš")}),
        ("On 2 May 2020, the trade union Solidarnost protested in Lodz.",
         {("Solidarnost", "PROTEST", None, "Łódź")}),
    ],
)  # fmt: skip
def test_acled43(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
