"""English ACLED-note and news shapes (issue 14, round 54): an "encounter" between forces and
militants is a gunfight; a mob turning on people or forces assaults them (mob violence)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (India)"
POLICE = "Police Forces of India"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an encounter with an armed party is a fight between its sides
        ("Police in an encounter with Maoist rebels near Dantewada killed a local commander.",
         {(POLICE, "FIGHT", "Communist Party of India (Maoist)", "Dantewada"),
          (POLICE, "FIGHT", None, "Dantewada")}),
        ("An encounter broke out between security forces and militants in Kupwara on Monday.",
         {(POLICE, "FIGHT", UAG, "Kupwāra"), (UAG, "FIGHT", POLICE, "Kupwāra")}),
        ("Troops had a brief encounter with the insurgents near Imphal.",
         {("Military Forces of India", "FIGHT", UAG, "Imphal")}),
    ],
)  # fmt: skip
def test_armed_encounter(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A chance encounter with a journalist in Delhi changed his life.",
        "The minister recalled an encounter with farmers in Nagpur last year.",
        "The delegation encountered difficulties in Kabul.",
    ],
)
def test_other_encounters(text: str) -> None:
    assert rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mob turning on forces assaults them: mob violence, no riot
        ("A mob attacked a police team in Pilibhit village.",
         {("Rioters (India)", "ASSAULT", POLICE, "Pīlibhīt")}),
        ("A mob pelted stones at the police in Rampur town.",
         {("Rioters (India)", "ASSAULT", POLICE, "Rāmpur")}),
        # protesters doing so riot
        ("Protesters pelted stones at the police in Rampur town.",
         {("Rioters (India)", "PROTEST", POLICE, "Rāmpur")}),
        # a peaceful protest stays one
        ("A crowd of farmers marched peacefully to the collectorate in Rampur town.",
         {("Protesters (India)", "PROTEST", None, "Rāmpur")}),
    ],
)  # fmt: skip
def test_mob_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Islamist site names the Islamist armed group holding it
        ("Army troops shelled Islamist positions near Derna.",
         {("Military Forces of Libya", "FIGHT", "Islamist Militia (Libya)", "Darnah")}),
        # an Islamist preacher or party is no armed group
        ("Police arrested an Islamist preacher in Tunis.",
         {("Police Forces of Tunisia", "COERCE", None, "Tunis")}),
        ("The Islamist party won the election in Tunis.", set()),
    ],
)  # fmt: skip
def test_armed_group_words(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
