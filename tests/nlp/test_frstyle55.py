"""French wire copy of the 2012 wars (issue 14, round frstyle55), in sentences of our own: captures
told by a noun or an idiom with two captors, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"
AD = "Ansar Dine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each of two coordinated captors of a capture noun acts, also where the parser cuts the
        # second off as a subject of the clause's singular verb
        ("La prise de Gao par le MNLA et Ansar Dine a surpris Bamako.",
         {(MNLA, "CAPTURE", None, "Gao"), (AD, "CAPTURE", None, "Gao")}),
        ("La prise de Kidal par le MUJAO et par Ansar Dine a été confirmée.",
         {(MUJAO, "CAPTURE", None, "Kidal"), (AD, "CAPTURE", None, "Kidal")}),
        # a town fallen into the hands of two groups is taken by each
        ("Tombouctou est tombée aux mains du MNLA et d'Ansar Dine.",
         {(MNLA, "CAPTURE", None, "Timbuktu"), (AD, "CAPTURE", None, "Timbuktu")}),
        # near miss: one captor stays one
        ("Kidal est tombée aux mains du MNLA.",
         {(MNLA, "CAPTURE", None, "Kidal")}),
        # near miss: a plural verb has two subjects; the second is no captor
        ("La prise de Gao par le MNLA et la réaction de la France ont surpris Bamako.",
         {(MNLA, "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_two_captors(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a border post taken: a capture with no place of its own, at the town the clause names
        ("Les insurgés se sont emparés d'un poste-frontière.",
         {("Unidentified Armed Group", "CAPTURE", None, None)}),
        ("Les rebelles se sont emparés d'un poste-frontière près d'Alep.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Aleppo")}),
        # near miss: spoils taken are no territory
        ("Les rebelles se sont emparés d'un stock de munitions.", set()),
    ],
)  # fmt: skip
def test_border_posts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'pris pour cible': an attack on the passive subject by the agent, or by the unnamed
        # armed group when only the fire is named
        ("Les soldats ont été pris pour cible par des hommes armés près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Military Forces of Afghanistan",
           "Kandahār")}),
        ("Un convoi de l'armée syrienne a été pris pour cible par des tirs à Homs.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Homs")}),
        ("Les talibans ont pris pour cible une patrouille de l'armée afghane.",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
        # near miss: 'prendre' a road is no attack
        ("Le convoi a pris la route de Homs.", set()),
    ],
)  # fmt: skip
def test_taken_as_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object the parser hangs on a weekday after the verb is the verb's: an accusation of
        # an act is coded as the accusation alone
        ("La Turquie a accusé vendredi la Syrie d'avoir abattu un de ses avions de chasse.",
         {("Turkey", "ACCUSE", "Syria", None)}),
        ("La Turquie a accusé la Syrie d'avoir abattu un avion.",
         {("Turkey", "ACCUSE", "Syria", None)}),
        # near miss: a weekday's own complement stays its own
        ("La Turquie a protesté vendredi soir.", {("Turkey", "PROTEST", None, None)}),
    ],
)  # fmt: skip
def test_weekday_objects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
