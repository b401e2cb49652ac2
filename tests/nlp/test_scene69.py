"""A place as the subject of a scene verb or noun (issue 14, round scene69): "Le Togo a connu des
affrontements", "Kidal a été le théâtre de combats", "Idlib witnessed fighting between X and Y". The
place is where the event noun happens, never a side of it: the sides are those of "entre"/"between",
else unnamed; a subject that is no place ("the army saw fierce fighting") keeps its part, and a
scene verb whose object is no event noun ("a connu une défaite") tells no event."""

from __future__ import annotations

import pytest
from unit._extract import Row, both_fight, en_rows, fr_rows

pytestmark = pytest.mark.nlp

UAG_MLI = "Unidentified Armed Group (Mali)"
UAG_SYR = "Unidentified Armed Group (Syria)"
FAMA = "Malian Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country as the subject of 'connaître': where, the sides from 'entre'
        (
            "Le Togo a connu des affrontements entre les militaires et les rebelles dans le nord du pays.",
            both_fight("Military Forces of Togo", "Unidentified Armed Group (Togo)", "Togo"),
        ),
        # no sides named: the unnamed armed group's fight, in the country, not the country's
        ("La Syrie a connu de violents combats samedi.", {(UAG_SYR, "FIGHT", None, "Syria")}),
        # 'être le théâtre de': the sides the parser hangs on the scene noun are the fight's
        (
            "Kidal a été le théâtre de combats entre l'armée malienne et les rebelles touareg.",
            both_fight(FAMA, UAG_MLI, "Kidal"),
        ),
        ("Kidal a été le théâtre de violents combats samedi.", {(UAG_MLI, "FIGHT", None, "Kidal")}),
        (
            "La ville de Gao a vécu de violents affrontements entre l'armée et les jihadistes.",
            both_fight(FAMA, UAG_MLI, "Gao"),
        ),
        # negative: a scene verb whose object is no event noun tells no event
        ("La France a connu une défaite contre l'Italie.", set()),
        # negative: a subject that is no place keeps its part
        ("Les rebelles ont connu de violents combats près de Kidal.", {(UAG_MLI, "FIGHT", None, "Kidal")}),
    ],
)
def test_french_scene_subjects(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town of Kidal saw heavy clashes on Sunday.", {(UAG_MLI, "FIGHT", None, "Kidal")}),
        (
            "Idlib witnessed fighting between Syrian government forces and rebels on Friday.",
            both_fight("Syrian Arab Army", UAG_SYR, "Idlib"),
        ),
        (
            "Mali experienced fierce fighting between the army and jihadists.",
            both_fight(FAMA, UAG_MLI, "Mali"),
        ),
        (
            "Kidal was the scene of heavy fighting between the army and rebels on Sunday.",
            both_fight(FAMA, UAG_MLI, "Kidal"),
        ),
        # negative: the army is no place, it stays a party
        ("The army saw fierce fighting near Kidal on Sunday.", {(FAMA, "FIGHT", None, "Kidal")}),
    ],
)
def test_english_scene_subjects(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected
