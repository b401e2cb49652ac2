"""Round 89's merge: brokers named together (round frmiss89, nlp/events/brokers.py) are the agents of a
talk participle only: the coordinated agents of another participle on a party ("the Sharqiya Army,
supported by Ajnad Sharqiya and the 106th Division") keep backing it."""

from __future__ import annotations

import pytest

from tests.unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str | None, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May, police forces, backed by units of the JWS, fought the Sharqiya Army, supported by "
            "Ajnad Sharqiya and the 106th Division whose men also come from Deir-ez-Zor, in the town of "
            "Jarablus north of Aleppo.",
            {
                ("106th Division", "SUPPORT", "Sharqiya Army", "Jarābulus"),
                ("Ajnad Sharqiya", "SUPPORT", "Sharqiya Army", "Jarābulus"),
                ("Police Forces of Syria", "FIGHT", "Sharqiya Army", "Jarābulus"),
            },
        ),
        (
            "Government troops fought the rebels, backed by the Arakan Army and the Chin National Front, "
            "near Paletwa.",
            {
                ("Arakan Army", "SUPPORT", "Unidentified Armed Group (Myanmar)", "Paletwa"),
                ("Chin National Front", "SUPPORT", "Unidentified Armed Group (Myanmar)", "Paletwa"),
                ("Tatmadaw", "FIGHT", "Unidentified Armed Group (Myanmar)", "Paletwa"),
            },
        ),
    ],
)
def test_backers_named_together_still_back(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_brokers_named_together_still_broker() -> None:
    assert fr_rows("Le cessez-le-feu négocié par Ankara et Riyad est entré en vigueur lundi.") == {
        ("Saudi Arabia", "CONSULT", None, None),
        ("Turkey", "CONSULT", None, None),
    }
