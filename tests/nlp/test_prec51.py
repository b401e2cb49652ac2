"""Precision on unseen news (issue 14, round 51): a hostile verb in an infinitive of purpose hung on
no hostile act ("is working to defeat X", "efforts to destroy X") tells an aim, not a fight: it is
hypothetical. Hung on an attack told ("shelled X to kill Y", "an offensive to crush Y") it names that
attack's target and stays asserted."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp

UK, IS, SAA = "United Kingdom", "Islamic State", "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Britain is working with its allies to defeat the Islamic State.", "en",
         {(UK, "FIGHT", IS, "hypothetical")}),
        # coordinated infinitives share the first one's purpose
        ("Britain is working with its allies to weaken and defeat the Islamic State.", "en",
         {(UK, "FIGHT", IS, "hypothetical")}),
        ("The United States supported Iraq in its efforts to defeat the Islamic State.", "en",
         {("United States", "FIGHT", IS, "hypothetical"), ("United States", "SUPPORT", "Iraq", "asserted"),
          ("Iraq", "FIGHT", IS, "hypothetical")}),  # round re3d61: the party helped fights too
        ("Jordan joined the coalition to destroy the Islamic State.", "en",
         {("Jordan", "FIGHT", IS, "hypothetical")}),
        ("La France coopère avec ses partenaires pour détruire l'État islamique.", "fr",
         {("France", "FIGHT", IS, "hypothetical")}),
    ],
)  # fmt: skip
def test_aim_of_no_attack_is_hypothetical(text: str, lang: str, expected: set[tuple[str, ...]]) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the purpose of an attack told: its target, the attack asserted
        ("The army shelled Homs to kill the rebels.", "en",
         {(SAA, "FIGHT", "Unidentified Armed Group (Syria)", "asserted")}),
        ("L'armée a bombardé Homs pour tuer les rebelles.", "fr",
         {(SAA, "FIGHT", "Unidentified Armed Group (Syria)", "asserted")}),
        ("Police resorted to a baton charge to disperse the protesters in Dhaka.", "en",
         {("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "asserted"),
          ("Protesters (Bangladesh)", "PROTEST", None, "asserted")}),
        # an attempt made is the attack ("in its efforts to": no attempt made)
        ("Jihadists made an attempt to storm a police station in Diffa on Friday.", "en",
         {("Unidentified Armed Group (Niger)", "FIGHT", "Police Forces of Niger", "asserted")}),
        # no purpose: the verb's own complement
        ("The army moved to attack the rebels in Homs.", "en",
         {(SAA, "FIGHT", "Unidentified Armed Group (Syria)", "asserted")}),
    ],
)  # fmt: skip
def test_aim_of_an_attack_stays_asserted(text: str, lang: str, expected: set[tuple[str, ...]]) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # with a direct object, "demonstrate" and "manifester" show or express something: no protest
        ("The ministers demonstrated their resolve in Paris.", "en", set()),
        ("Le ministre a manifesté son inquiétude à Bamako.", "fr", set()),
        # with none, a protest
        ("Students demonstrated in Dakar on Monday.", "en",
         {("Protesters (Senegal)", "PROTEST", None, "asserted")}),
        # a date the parser takes for the object is none
        ("Les étudiants ont manifesté le 15 mars à Dakar.", "fr",
         {("Protesters (Senegal)", "PROTEST", None, "asserted")}),
        ("Les étudiants ont manifesté mardi à Dakar contre la hausse des prix.", "fr",
         {("Protesters (Senegal)", "PROTEST", None, "asserted")}),
    ],
)  # fmt: skip
def test_transitive_demonstrate_shows(text: str, lang: str, expected: set[tuple[str, ...]]) -> None:
    assert events(text, lang) == expected
