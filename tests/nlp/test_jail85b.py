"""People freed by the actor's own attack, in English as in French (issue 14, round jail85b):

- a release told by a gerund on the same actor's attack is its outcome, no concession (round frstyle85's
  rule, which reads English parses as French ones: "Gangs stormed the main prison, freeing thousands of
  inmates");
- so is a release coordinated with the same actor's attack on a prison or a camp (``jail_nouns``:
  "stormed the prison in Koutoukale and freed dozens of inmates", "attacked the prison, killed two
  guards and freed 700 inmates"), or told after it ("freed dozens of inmates after storming the
  prison"); a release after an attack on a town or a convoy, or a
  negotiated one, stays a concession (CAMEO 084) (nlp/events/jailbreaks.py).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
DRC = "Democratic Republic of Congo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the brief's sentences: a gerund on the attack
        ("Gangs stormed the main prison in the capital, freeing thousands of inmates.",
         {("Unidentified Armed Group", "FIGHT", None, None)}),
        ("Jihadists attacked the prison, freeing dozens of inmates.",
         {("Unidentified Armed Group", "FIGHT", None, None)}),
        # a release coordinated with an attack on a prison
        ("Jihadists stormed the prison in Koutoukale overnight and freed dozens of inmates, a security "
         "source said.",
         {("Unidentified Armed Group (Niger)", "FIGHT", None, "Koutoukalé")}),
        # our own: a detention centre (the modifier names the jail), and an attack told after the release
        ("Gunmen attacked a detention centre in Kaduna and freed 40 inmates.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Kaduna")}),
        ("Jihadists freed dozens of inmates after storming the prison in Koutoukale.",
         {("Unidentified Armed Group (Niger)", "FIGHT", None, "Koutoukalé")}),
        # ... or an attack on a prison that a release is coordinated with after another verb
        ("Gunmen attacked the prison in Bauchi on Sunday, killed two guards and freed 700 inmates.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Bauchi")}),
        # near: a release after an attack on a town or a convoy is an act of its own ...
        ("Rebels attacked Goma and freed fifty prisoners.",
         {(f"Unidentified Armed Group ({DRC})", "FIGHT", None, "Goma"),
          ("Unidentified Armed Group", "CONCEDE", "Civilians", None)}),
        ("Rebels attacked a military convoy near Goma and freed fifty prisoners.",
         {(f"Unidentified Armed Group ({DRC})", "CONCEDE", f"Civilians ({DRC})", "Goma"),
          (f"Unidentified Armed Group ({DRC})", "FIGHT",
           "Armed Forces of the Democratic Republic of the Congo", "Goma")}),
        # ... and a negotiated release, or one with no attack, stays a concession
        ("The rebels freed 20 hostages after talks.",
         {("Unidentified Armed Group", "CONCEDE", "Civilians", None)}),
        ("The junta released 50 political prisoners.",
         {("Military Forces", "CONCEDE", "Civilians", None)}),
    ],
)  # fmt: skip
def test_english_releases_an_attack_achieved(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same rule in French: a release coordinated with an attack on a prison ...
        ("Des jihadistes ont attaqué la prison de Koutoukalé et ont libéré des dizaines de détenus.",
         {("Unidentified Armed Group (Niger)", "FIGHT", None, "Koutoukalé")}),
        # ... never on a town (round frstyle85's near sentence)
        ("Les rebelles ont attaqué Goma lundi et ont libéré mardi cinquante prisonniers.",
         {(f"Unidentified Armed Group ({DRC})", "CONCEDE", f"Civilians ({DRC})", None),
          (f"Unidentified Armed Group ({DRC})", "FIGHT", None, "Goma")}),
    ],
)  # fmt: skip
def test_french_releases_an_attack_achieved(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
