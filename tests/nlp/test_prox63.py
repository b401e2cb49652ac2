"""Issue 14, round prox63: a group noun named after its camp ("pro-Hadi fighters", "pro-Russian
separatists", "les combattants fidèles à Hadi") is the camp's one actor, and a state's camp is the
unnamed armed group of where it fights, backed by that state; an X-led coalition's aircraft are the
coalition's; "fighters" with a nationality adjective are an armed group, not that state's army. Each
rule has a near sentence it must not fire on."""

from __future__ import annotations

import pytest
from unit._extract import Row, en_rows, fr_rows

pytestmark = pytest.mark.nlp

YEM_GOV = "Government of Yemen"
UAG_UKR = "Unidentified Armed Group (Ukraine)"
UAG_SYR = "Unidentified Armed Group (Syria)"


def _rows(lang: str, text: str) -> set[Row]:
    return (fr_rows if lang == "fr" else en_rows)(text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a leader's camp: every group noun of it is the organisation he belongs to
        ("en", "Pro-Hadi fighters stormed a checkpoint outside Marib.", {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
        ("en", "Pro-Hadi militias stormed a checkpoint outside Marib.", {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
        ("en", "Pro-Hadi forces stormed a checkpoint outside Marib.", {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
        ("fr", "Les forces pro-Hadi ont attaqué un poste près de Marib.",
         {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
        ("fr", "Les combattants fidèles à Hadi ont attaqué un poste près de Marib.",
         {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
        # a movement's camp is the movement; a state leader's, the state's forces
        ("en", "Pro-Houthi fighters stormed a checkpoint outside Marib.",
         {("Houthis", "FIGHT", "Government of Yemen", "Ma'rib")}),
        ("en", "Pro-Assad militias stormed a checkpoint outside Hama.",
         {("Syrian Arab Army", "FIGHT", None, "Ḩamāh")}),
        # the government's camp: the state's forces
        ("en", "Pro-government militias stormed a checkpoint outside Marib.",
         {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
        ("fr", "Les milices pro-gouvernementales ont attaqué un poste près de Marib.",
         {(YEM_GOV, "FIGHT", None, "Ma'rib")}),
    ],
)  # fmt: skip
def test_leader_camps(lang: str, text: str, expected: set[Row]) -> None:
    assert _rows(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a state's camp: the armed group of where it fights (never the state's), which the state backs
        ("en", "Pro-Russian rebels shelled a school near Luhansk.",
         {(UAG_UKR, "FIGHT", None, "Luhansk"), ("Russia", "SUPPORT", UAG_UKR, None)}),
        ("en", "Pro-Russian separatists shelled a school near Luhansk.",
         {(UAG_UKR, "FIGHT", None, "Luhansk"), ("Russia", "SUPPORT", UAG_UKR, None)}),
        ("fr", "Les séparatistes prorusses ont pilonné une école près de Louhansk.",
         {(UAG_UKR, "FIGHT", None, "Luhansk"), ("Russia", "SUPPORT", UAG_UKR, None)}),
        ("fr", "Les combattants pro-russes ont pilonné une école près de Louhansk.",
         {(UAG_UKR, "FIGHT", None, "Luhansk"), ("Russia", "SUPPORT", UAG_UKR, None)}),
        # no "pro-": a demonym backs no one
        ("en", "Russian rebels shelled a school near Luhansk.", {(UAG_UKR, "FIGHT", None, "Luhansk")}),
        ("fr", "Les séparatistes russes ont pilonné une école près de Louhansk.",
         {(UAG_UKR, "FIGHT", None, "Luhansk")}),
        # a camp of no actor, or a word merely opening on "pro", is no camp
        ("en", "Pro-democracy protesters marched through Khartoum.",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("en", "Provincial forces stormed a checkpoint outside Marib.",
         {("Unidentified Armed Group (Yemen)", "FIGHT", "Government of Yemen", "Ma'rib")}),
    ],
)  # fmt: skip
def test_state_camps(lang: str, text: str, expected: set[Row]) -> None:
    assert _rows(lang, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leading participle qualifies the coalition, whose aircraft they are
        ("Saudi-led coalition jets pounded a bridge near Saada.",
         {("Saudi-led coalition", "FIGHT", None, "Sa'dah")}),
        ("Saudi-led coalition warplanes pounded a bridge near Saada.",
         {("Saudi-led coalition", "FIGHT", None, "Sa'dah")}),
        ("U.S.-led coalition aircraft hit an oil field near Raqqa.",
         {("US-led coalition", "FIGHT", None, "Ar Raqqah")}),
        # no leader named: the coalition at war in Yemen (kb/shared_names.toml, round re3d75)
        ("Coalition jets pounded a bridge near Saada.", {("Saudi-led coalition", "FIGHT", None, "Sa'dah")}),
    ],
)  # fmt: skip
def test_led_coalition_aircraft(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters with a nationality adjective: an armed group (of where it fights), as militants are
        ("Syrian fighters attacked a checkpoint near Hama.",
         {(UAG_SYR, "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Turkish fighters attacked a checkpoint near Hama.",
         {(UAG_SYR, "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Syrian opposition fighters attacked a checkpoint near Hama.",
         {(UAG_SYR, "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        # troops stay the army; a named group's fighters stay the group
        ("Syrian troops attacked a checkpoint near Hama.", {("Syrian Arab Army", "FIGHT", None, "Ḩamāh")}),
        ("Houthi fighters attacked a checkpoint near Marib.",
         {("Houthis", "FIGHT", "Government of Yemen", "Ma'rib")}),
    ],
)  # fmt: skip
def test_national_fighters(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected
