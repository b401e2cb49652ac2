"""Sides in English defence reporting, round re3d72 (issue 14): prepositional phrases naming who an
act backs or is done with ("in support of X", "with the help of X", "alongside X", "in partnership
with X"; nlp/events/side_phrases.py), every party of a listed subject acting through a verb it
governs ("X and Y vowed to defeat Z"; nlp/events/listed_controllers.py), and CJTF-OIR's "Coalition
military forces" (a shared name: the US-led coalition in Syria and Iraq, the Saudi-led one in Yemen);
states of war and alliance told with a copula ("is at war with X", "is an ally of X", "allied with X");
a war named by its two hyphenated sides ("the Iran-Iraq war"; nlp/events/paired_wars.py)."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp

Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor backs the party of "in support of" (a light verb's act: the verb's subject)
        ("Russian jets carried out raids near Hama in support of the Syrian army.",
         {("Russian Armed Forces", "FIGHT", None, "asserted"),
          ("Russian Armed Forces", "SUPPORT", "Syrian Arab Army", "asserted")}),
        # "with the help of X" on the subject: X backs the actor, and takes no part in its act
        ("Government troops, with the help of Hezbollah, recaptured the airbase near Homs.",
         {("Syrian Arab Army", "CAPTURE", None, "asserted"),
          ("Hezbollah", "SUPPORT", "Syrian Arab Army", "asserted")}),
        # fought alongside: they cooperate, and the partner fights the same enemy
        ("Kurdish fighters battled ISIS alongside the Peshmerga near Sinjar.",
         # kurd81b: Kurdish fighters at Sinjar (Iraq) would be the Peshmerga (shared_names.toml), whom
         # the clause names apart: the generic reading, the unnamed armed group of Iraq
         {("Unidentified Armed Group (Iraq)", "FIGHT", "Islamic State", "asserted"),
          ("Unidentified Armed Group (Iraq)", "COOPERATE", "Peshmerga", "asserted"),
          ("Peshmerga", "FIGHT", "Islamic State", "asserted")}),
        # the phrase on the verb whose purpose the act is
        ("The UK is working in partnership with Jordan to defeat Daesh.",
         {("United Kingdom", "FIGHT", "Islamic State", "hypothetical"),
          ("United Kingdom", "COOPERATE", "Jordan", "hypothetical"),
          ("Jordan", "FIGHT", "Islamic State", "hypothetical")}),
    ],
)  # fmt: skip
def test_side_phrases(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "alongside" a place, "with the help of" a weapon, "in support of" a thing: no party named
        ("Soldiers detained three men alongside the main road in Kirkuk.",
         {("Iraqi Security Forces", "COERCE", "Civilians (Iraq)", "asserted")}),
        ("The army attacked the rebels with the help of drones.",
         {("Military Forces", "FIGHT", "Unidentified Armed Group", "asserted")}),
        ("The minister spoke in support of the ceasefire.", set()),
        # a protest in support of a party names its cause, no alliance
        ("Hundreds of people rallied in Aden in support of the Southern Transitional Council.",
         {("Protesters (Yemen)", "PROTEST", None, "asserted")}),
    ],
)  # fmt: skip
def test_no_side_phrase_party(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed subject of the governing verb: each party acts (and they are one side:
        # nlp/events/joint_sides.py, round re3d75)
        # plover88: a vow to defeat X is a threat (PLOVER THREATEN), made together (joint_fight_types)
        ("Jordan and Iraq vowed to defeat Daesh.",
         {("Jordan", "THREATEN", "Islamic State", "asserted"),
          ("Iraq", "THREATEN", "Islamic State", "asserted"),
          ("Jordan", "COOPERATE", "Iraq", "asserted")}),
        # a list the parser opened with an apposition
        ("Britain, the Global Coalition and Jordan will defeat Daesh.",
         {("United Kingdom", "FIGHT", "Islamic State", "threatened"),
          ("US-led coalition", "FIGHT", "Islamic State", "threatened"),
          ("Jordan", "FIGHT", "Islamic State", "threatened"),
          ("United Kingdom", "COOPERATE", "US-led coalition", "asserted"),
          ("United Kingdom", "COOPERATE", "Jordan", "asserted"),
          ("US-led coalition", "COOPERATE", "Jordan", "asserted")}),
    ],
)  # fmt: skip
def test_listed_controllers(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def test_one_controller_stays_one() -> None:
    one = ("Jordan", "THREATEN", "Islamic State", "asserted")  # plover88: a vow to defeat X is a threat
    assert events("Jordan vowed to defeat Daesh.", "en") == {one}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition military forces conducted nine strikes against Daesh near Raqqa.",
         {("US-led coalition", "FIGHT", "Islamic State", "asserted")}),
        # the same words in Yemen: the Saudi-led coalition
        ("Coalition military forces carried out air strikes on Houthi positions in Saada, Yemen.",
         {("Saudi-led coalition", "FIGHT", "Houthis", "asserted")}),
    ],
)  # fmt: skip
def test_coalition_military_forces(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine has been at war with Russia since 2022.", {("Ukraine", "FIGHT", "Russia", "asserted")}),
        ("Hezbollah has long been in conflict with Israel.", {("Hezbollah", "FIGHT", "Israel", "asserted")}),
        ("The Houthis are allied with Iran, officials say.", {("Houthis", "SUPPORT", "Iran", "reported")}),
        ("The FSA remained allied to Ankara.", {("Free Syrian Army", "SUPPORT", "Turkey", "asserted")}),
        ("Turkey remains a key ally of the United States.",
         {("Turkey", "SUPPORT", "United States", "asserted")}),
    ],
)  # fmt: skip
def test_copular_ties(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The country has been at war for years.",  # no other side named
        "The soldiers were in Kidal with the Malian army.",  # 'in' a place: no conflict
        "Iran is a close ally.",
        "Turkey is in talks with Russia.",
    ],
)
def test_no_copular_tie(text: str) -> None:
    assert events(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russia-Ukraine war has displaced millions.", {("Russia", "FIGHT", "Ukraine", "asserted")}),
        ("The Iran-Iraq War lasted eight years.", {("Iran", "FIGHT", "Iraq", "asserted")}),
    ],
)  # fmt: skip
def test_paired_wars(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The post-war order collapsed quickly.",  # a hyphen joining no actors
        "Iran-Iraq trade grew last year.",  # no war noun
        "The Iraq war cost billions of dollars.",  # one side named
    ],
)
def test_no_paired_war(text: str) -> None:
    assert events(text, "en") == set()
