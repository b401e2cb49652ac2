"""English monitor-style headlines (issue 14, round 44): an attack noun as the subject of a present
verb the tagger reads as a plural noun ("Renewed shelling targets X")."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SYR = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renewed shelling targets the countryside of Idlib.", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        ("Heavy aerial and artillery shelling targets villages south of Hama.",
         {(UAG_SYR, "FIGHT", None, "Ḩamāh")}),
        ("Missile shelling targets the town of Kafr Zita.", {(UAG_SYR, "FIGHT", None, "Kafr Zaytā")}),
        # a noun compound of an attack noun and a plural noun stays a noun phrase
        ("The shelling plans were drawn up in Damascus.", set()),
    ],
)  # fmt: skip
def test_attack_noun_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members of a force among the dead: that force hit, by the unnamed attacker
        ("Nine people were killed in Hama on Sunday, including four members of the regime forces.",
         {(UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("Fighters killed 14 people near Hama, including six members of the regime's forces.",
         {(UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        # no group named among the dead: they are civilians
        ("Seven people were killed in Homs, including three children.",
         {(UAG_SYR, "ASSAULT", "Civilians (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_members_among_the_dead(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
