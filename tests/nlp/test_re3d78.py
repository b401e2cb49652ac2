"""Sides in English defence reporting, round re3d78 (issue 14): a coalition named by its enemy ("the
Global Coalition against Daesh"; nlp/events/alliances_against.py), training and equipping a force
('train', 'equip', 'the training of X': AID), operations against an enemy ('operation': FIGHT; 'lead'
a light verb), membership told with a copula ('is a member of X': COOPERATE), and 'back' read as an
adverb after a plural subject ("Russia and Iran back X"; nlp/adverb_verbs.py)."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp

Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named coalition and the enemy after "against"
        ("Envoys of the Global Coalition against Daesh met in Madrid on Tuesday.",
         {("US-led coalition", "FIGHT", "Islamic State", "asserted")}),
        # a list of enemies: one fight each
        ("The Saudi-led coalition against the Houthis and al-Qaeda convened in Jeddah.",
         {("Saudi-led coalition", "FIGHT", "Houthis", "asserted"),
          ("Saudi-led coalition", "FIGHT", "Al-Qaeda", "asserted")}),
    ],
)  # fmt: skip
def test_coalition_against_an_enemy(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "An alliance against hunger was unveiled in Vienna.",  # no actor named by the noun
        "The senate hailed the coalition against graft.",  # its enemy is no actor
    ],
)
def test_no_coalition_fight(text: str) -> None:
    assert events(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dutch instructors have trained 4,000 Iraqi soldiers since 2016.",
         {("Netherlands", "AID", "Iraqi Security Forces", "asserted")}),
        ("Canadian teams are training the Peshmerga north of Erbil.",
         {("Canada", "AID", "Peshmerga", "asserted")}),
        ("Germany equipped the Peshmerga with anti-tank rockets.",
         {("Germany", "AID", "Peshmerga", "asserted")}),
    ],
)  # fmt: skip
def test_training_and_equipping_a_force(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The gunners trained their rifles on the ridge.",  # an object that is no force
        "Militants trained at a remote camp in the desert.",  # no object at all
        "The ministry trains nurses in Herat.",  # people who are no force
    ],
)
def test_no_training_aid(text: str) -> None:
    assert events(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coalition conducted operations against Daesh west of Raqqa.",
         {("US-led coalition", "FIGHT", "Islamic State", "asserted")}),
        ("Iraqi forces are leading operations against ISIL in Anbar.",
         {("Iraqi Security Forces", "FIGHT", "Islamic State", "asserted")}),
    ],
)  # fmt: skip
def test_operations_against_an_enemy(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rescue operation ended on Friday.",  # no enemy
        "The president led a delegation to Moscow.",  # 'lead' with no act of its own
    ],
)
def test_no_operation_fight(text: str) -> None:
    assert events(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada is a member of the Global Coalition against Daesh.",
         {("Canada", "COOPERATE", "US-led coalition", "asserted")}),
        ("Turkey remains a member of NATO.", {("Turkey", "COOPERATE", "NATO", "asserted")}),
    ],
)  # fmt: skip
def test_member_of_a_coalition(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def test_member_of_no_actor() -> None:
    assert events("She is a member of the chess club.", "en") == set()


def test_back_after_a_plural_subject_is_the_verb() -> None:
    assert events("The US and Britain back the Free Syrian Army.", "en") == {
        ("United States", "SUPPORT", "Free Syrian Army", "asserted"),
        ("United Kingdom", "SUPPORT", "Free Syrian Army", "asserted"),
    }


@pytest.mark.parametrize("text", ["Soldiers came back the next day.", "The convoy drove back the same way."])
def test_back_as_an_adverb_stays_one(text: str) -> None:
    assert events(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the enemy hangs on the last weapon of the means clause (engold89: the party backed shares
        # no act, as the re3d golds read "in support of")
        ("Near Mosul, coalition forces conducted six strikes in support of the Iraqi government using "
         "fighter jets as well as artillery rockets against ISIL positions.",
         {("US-led coalition", "FIGHT", "Islamic State", "asserted"),
          ("US-led coalition", "SUPPORT", "Iraq", "asserted")}),
        # the means clause on the act's noun
        ("The army conducted raids using drones against ISIL fighters.",
         {("Military Forces", "FIGHT", "Islamic State", "asserted")}),
    ],
)  # fmt: skip
def test_enemy_after_the_means(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def test_means_aimed_at_no_actor() -> None:
    assert events("Government troops carried out raids using drones against the old bridge.", "en") == {
        ("Military Forces", "FIGHT", None, "asserted")
    }
