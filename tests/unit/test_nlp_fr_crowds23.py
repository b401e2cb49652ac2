"""French crowds and deployments (issue 14): force used 'à l'encontre de' a crowd, and forces
deployed, in sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à l'encontre de X" is "contre X": the crowd is the target, and the protest it was is met
        ("À Lomé, les forces de l'ordre ont fait usage de gaz lacrymogènes à l'encontre des manifestants.",
         {("Police Forces of Togo", "COERCE", "Protesters (Togo)", "Lomé"),
          ("Protesters (Togo)", "PROTEST", None, "Lomé")}),
        ("Les policiers ont utilisé du gaz à l'encontre des manifestants rassemblés à Niamey.",
         {("Police Forces of Niger", "COERCE", "Protesters (Niger)", "Niamey"),
          ("Protesters (Niger)", "PROTEST", None, "Niamey")}),
    ],
)  # fmt: skip
def test_force_against_a_crowd(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces deployed mobilize, not the authorities that sent them
        ("Selon les autorités, d'importantes forces de police ont été déployées pour maintenir "
         "l'ordre à Lomé.",
         {("Police Forces of Togo", "MOBILIZE", None, "Lomé")}),
        ("Les autorités togolaises ont déployé des gendarmes à Lomé.",
         {("Police Forces of Togo", "MOBILIZE", None, "Lomé")}),
        ("Le gouvernement a déployé des soldats à Gao.",
         {("Malian Armed Forces", "MOBILIZE", None, "Gao")}),
        # weapons deployed are no forces: the subject still acts
        ("L'armée malienne a déployé des blindés à Gao.",
         {("Malian Armed Forces", "MOBILIZE", None, "Gao")}),
    ],
)  # fmt: skip
def test_deployed_forces_mobilize(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun that is what a criticism or a question is about is no event told
        ("Hamid Karzaï a reçu de vives critiques quant à son aide aux autorités pakistanaises.", set()),
        ("Hamid Karzaï a reçu de nombreuses critiques sur son aide aux talibans pakistanais.", set()),
        ("Le Qatar fait face à des questions sur son aide aux rebelles syriens.", set()),
        # the event a criticism is against is still told
        ("Les critiques du gouvernement contre l'attaque des rebelles à Gao se multiplient.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        ("La France a annoncé une aide au gouvernement malien.", {("France", "AID", "Mali", None)}),
    ],
)  # fmt: skip
def test_an_event_questioned_is_no_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state owning a news outlet does not speak through it: no state accuses
        ("La direction de la radio publique du Mali a condamné l'attaque contre ses journalistes.", set()),
        ("Le journal de la Syrie a dénoncé les bombardements.", set()),
        # the government of a state is that state
        ("Le gouvernement du Mali a condamné l'attaque.", {("Mali", "ACCUSE", None, None)}),
    ],
)  # fmt: skip
def test_an_outlet_of_a_state_is_not_the_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
