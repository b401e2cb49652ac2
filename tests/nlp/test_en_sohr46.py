"""English SOHR-style headlines, third pass (issue 14, round 46): a counted toll with a bare
participle tells the attack hung on it."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SYR = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N killed by/in <attack noun> on X": the attack at X, by its unnamed author
        ("17 killed by heavy shelling on Homs", {(UAG_SYR, "FIGHT", None, "Homs")}),
        ("Nine killed in an aerial bombardment on the city of Idlib", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        # "killed and wounded": the first participle counts them
        ("45 killed and wounded by an aerial bombardment in Homs", {(UAG_SYR, "FIGHT", None, "Homs")}),
        # the group counted is the one hit; civilians counted make it an assault
        ("Six soldiers killed by heavy shelling on Hama", {(UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("Eight civilians killed in an air strike on Hama",
         {(UAG_SYR, "ASSAULT", "Civilians (Syria)", "Ḩamāh")}),
        # a named agent acts itself
        ("Twelve killed by the regime forces in Homs", {(SAA, "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_counted_tolls(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<phrase> and <attack nouns> target Y": a clause of its own, the attack nouns its subject
        ("Clashes in the Hama countryside and rockets target Homs",
         {(UAG_SYR, "FIGHT", None, "Homs")}),
        ("Human losses in Idlib and shells target Quneitra", {(UAG_SYR, "FIGHT", None, "Quneitra")}),
        # attack nouns coordinated as one subject stay so; "missile strikes" is one noun
        ("Raids and shells target Homs", {(UAG_SYR, "FIGHT", None, "Homs")}),
        ("After dozens of air and missile strikes Hezbollah advances in Homs",
         {("Hezbollah", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_attack_clauses(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground a state holds is aimed at its forces, not at the state
        ("New shells target regime-controlled districts of Aleppo", {(UAG_SYR, "FIGHT", SAA, "Aleppo")}),
        ("Rebels shelled government-controlled districts of Aleppo", {(UAG_SYR, "FIGHT", SAA, "Aleppo")}),
        ("Mortars target districts controlled by the regime in Homs", {(UAG_SYR, "FIGHT", SAA, "Homs")}),
        # a non-state holder stays itself
        ("Turkish forces shelled SDF-controlled villages",
         {("Military Forces of Turkey", "FIGHT", "Syrian Democratic Forces", None)}),
    ],
)  # fmt: skip
def test_state_held_areas(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
