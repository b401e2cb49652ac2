"""Findings of rounds case60 and frstyle60 (issue 14, round left61), each a general rule with a near
sentence it must not fire on: a body noun led by a state ("a Saudi-led coalition strike", "la
coalition menée par X") is the coalition that state leads; an admission in an incise ("..., a reconnu
Kiev") is no recognition; a capital modifying an attack noun ("the Kabul attack") is where it fell,
not its author."""

from __future__ import annotations

import pytest
from unit._extract import Row, en_rows, fr_rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a state leading the body noun names the KB coalition it leads
        ("en", "A Saudi-led coalition air strike hit a fuel depot in Hajjah province on Monday.",
         {("Saudi-led coalition", "FIGHT", None, "Ḩajjah")}),
        ("en", "A U.S.-led coalition strike killed four militants near Raqqa.",
         {("US-led coalition", "FIGHT", "Unidentified Armed Group (Syria)", "Ar Raqqah")}),
        ("en", "The coalition led by Saudi Arabia bombed a bridge in Hajjah.",
         {("Saudi-led coalition", "FIGHT", None, "Ḩajjah")}),
        ("fr", "La coalition menée par l'Arabie saoudite a bombardé un pont à Hajjah.",
         {("Saudi-led coalition", "FIGHT", None, "Ḩajjah")}),
        ("fr", "La coalition dirigée par Riyad a bombardé un pont à Hajjah.",
         {("Saudi-led coalition", "FIGHT", None, "Ḩajjah")}),
        # a state leading no KB coalition: its own military
        ("fr", "La coalition dirigée par la France a bombardé un camp près de Gao.",
         {("French Armed Forces", "FIGHT", None, "Gao")}),
        # no leader named: the coalition at war there in the article's year (kb/shared_names.toml,
        # round re3d75), none in Yemen in 2012 (the French row's date): of no one country
        ("en", "The coalition bombed a bridge in Hajjah.",
         {("Saudi-led coalition", "FIGHT", None, "Ḩajjah")}),
        ("fr", "La coalition a bombardé un pont à Hajjah.",
         {("Military Forces", "FIGHT", None, "Ḩajjah")}),
    ],
)  # fmt: skip
def test_led_coalitions(lang: str, text: str, expected: set[Row]) -> None:
    assert (fr_rows if lang == "fr" else en_rows)(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a reconnu X" in an incise after the clause it reports: X admits, no recognition
        ("Nos unités ont dû quitter le village de Pisky, a reconnu l'état-major ukrainien.", set()),
        ("Les rebelles ont abandonné Gao sous la pression de l'armée, a admis le MNLA.",
         {("Unidentified Armed Group (Mali)", "RETREAT", None, "Gao")}),
        # a recognition with its own subject stays one, before or after a comma
        ("La France a reconnu la Coalition nationale syrienne.",
         {("France", "SUPPORT", "National Coalition for Syrian Revolutionary and Opposition Forces", None)}),
        ("Les rebelles ont pris Gao, et la France a reconnu le MNLA.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao"),
          ("France", "SUPPORT", "National Movement for the Liberation of Azawad", None)}),
    ],
)  # fmt: skip
def test_admission_incises(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital modifying an attack noun is no author: the unnamed armed group's attack, there
        # (geo63: the capital is the attack's place)
        ("The Kabul bombing killed six people on Tuesday.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("The Damascus attack killed four people, officials said.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Damascus")}),
        # a state's name there still tells who struck
        ("A US drone strike killed four people in Kabul.",
         {("United States", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_capital_attack_modifiers(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's own name that a foreign city bears only as another name is no sign of that
        # city's country: the army is the one of the country the name points to
        ("Soldiers clashed with communist rebels in Samar on Friday.",
         {("Military Forces of the Philippines", "FIGHT", "Unidentified Armed Group (Philippines)",
           "Samar")}),
        # the city named by its own name stays itself
        ("Gunmen attacked a bank in Samara on Monday.",
         {("Unidentified Armed Group (Russia)", "FIGHT", None, "Samara")}),
    ],
)  # fmt: skip
def test_alternate_names_abroad(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected
