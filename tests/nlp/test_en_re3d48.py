"""English conflict reporting met on re3d (issue 14), round re3d48: sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SYRIAN_REBELS = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack noun with both its agent and its target, in either order
        ("The minister condemned the attack on Yazidi villagers by ISIL near Sinjar.",
         {("Islamic State", "ASSAULT", "Civilians (Iraq)", "Sinjār")}),
        ("The minister condemned the attack by ISIL on Yazidi villagers near Sinjar.",
         {("Islamic State", "ASSAULT", "Civilians (Iraq)", "Sinjār")}),
        ("Britain condemned the attack on the border post by Houthi fighters.",
         {("Houthis", "FIGHT", None, None), ("United Kingdom", "ACCUSE", "Houthis", None)}),
        # a bare singular noun after "by" is a manner, no agent
        ("The army ended the siege by force.", set()),
    ],
)  # fmt: skip
def test_attack_with_agent_and_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight, a war or a campaign against an armed party: its possessor fights it
        ("The coalition continues its fight against ISIL in Iraq.",
         {("US-led coalition", "FIGHT", "Islamic State", "Iraq")}),
        ("The Iraqi government vowed to continue its war against Daesh.",
         {("Iraq", "FIGHT", "Islamic State", None)}),
        ("Kurdish forces pressed their campaign against ISIL near Raqqa.",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "Ar Raqqah")}),  # case81: Kurdish forces
        # against no party: no fight
        ("The president vowed to continue the fight against corruption.", set()),
        ("The government stepped up its war on drugs.", set()),
        ("Amnesty International launched a campaign against the death penalty.", set()),
    ],
)  # fmt: skip
def test_fight_against(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # engaging an armed party is fighting it
        ("Coalition forces engaged ISIL tactical units near Mosul.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
        ("Peshmerga fighters engaged ISIL fighters near Kirkuk.",
         {("Peshmerga", "FIGHT", "Islamic State", "Kirkuk")}),
        # engaging anyone else is not
        ("The police engaged the protesters in dialogue.", set()),
        ("The ministry engaged a consultant.", set()),
        # strikes with no author: those of whoever struck before in the article
        ("The Counter-ISIL Coalition struck ISIL near Raqqa on Monday. Two strikes engaged ISIL units "
         "near Palmyra.",
         {("US-led coalition", "FIGHT", "Islamic State", "Ar Raqqah"),
          ("US-led coalition", "FIGHT", "Islamic State", "Tadmur")}),
    ],
)  # fmt: skip
def test_engage(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessive of an opening subject stands for the previous sentence's one actor
        ("The Iraqi army attacked ISIL near Mosul. Their forces also shelled ISIL positions near Tal Afar.",
         {("Iraqi Security Forces", "FIGHT", "Islamic State", "Mosul"),
          ("Iraqi Security Forces", "FIGHT", "Islamic State", "Tal Afar")}),
        ("The Iraqi army attacked ISIL near Mosul. Its forces also shelled ISIL positions near Tal Afar.",
         {("Iraqi Security Forces", "FIGHT", "Islamic State", "Mosul"),
          ("Iraqi Security Forces", "FIGHT", "Islamic State", "Tal Afar")}),
        ("The Syrian army attacked rebels near Homs. They also shelled rebel positions near Hama.",
         {("Syrian Arab Army", "FIGHT", SYRIAN_REBELS, "Homs"),
          ("Syrian Arab Army", "FIGHT", SYRIAN_REBELS, "Ḩamāh")}),
        # an agreeing subject two sentences back wins over the one that disagrees
        ("The rebels attacked the army near Homs. The government condemned the attack. Their fighters "
         "later shelled Hama.",
         {(SYRIAN_REBELS, "FIGHT", "Syrian Arab Army", "Homs"), ("Syria", "ACCUSE", SYRIAN_REBELS, None),
          (SYRIAN_REBELS, "FIGHT", None, "Ḩamāh")}),
    ],
)  # fmt: skip
def test_their_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # supporting a party in its fight: the fight is the party's, not the supporter's
        ("Britain supports the Iraqi army in its fight against ISIL.",
         {("United Kingdom", "SUPPORT", "Iraqi Security Forces", None),
          ("Iraqi Security Forces", "FIGHT", "Islamic State", None)}),
        ("The minister restated British support for Kenya in the fight against al-Shabaab.",
         {("United Kingdom", "SUPPORT", "Kenya", None), ("Kenya", "FIGHT", "Al-Shabaab", None)}),
        # whom "their" stands for names no party: no fight by the supporter
        ("France backs the Kurds in their struggle against the Islamic State.", set()),
        ("Britain supports Iraq in the fight against corruption.",
         {("United Kingdom", "SUPPORT", "Iraq", None)}),
    ],
)  # fmt: skip
def test_supported_in_its_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun alone in scare quotes is a word the writer doubts: no event
        ("The Syrian regime continued its war on ISIL.", {("Syria", "FIGHT", "Islamic State", None)}),
        ("The Syrian regime continued its “war” on ISIL.", set()),
        ('The regime continued its "war" on ISIL.', set()),
        ("The army launched an “offensive” against the rebels near Homs.", set()),
        ("The rebels denounced the “liberation” of Aleppo by the army.",
         {(SYRIAN_REBELS, "ACCUSE", "Syrian Arab Army", None)}),
        # a quoted statement is read as usual
        ('"The army attacked the rebels near Homs," the spokesman said.',
         {("Syrian Arab Army", "FIGHT", SYRIAN_REBELS, "Homs")}),
    ],
)  # fmt: skip
def test_scare_quotes(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party an attack noun subject is aimed at is never its author (here not al-Qaeda's act)
        ("U.S. airstrikes against al-Qaida cells in Idlib killed more than 20 militants.",
         {("United States", "FIGHT", SYRIAN_REBELS, "Idlib")}),
        ("Airstrikes against Houthi fighters killed 20 civilians near Sanaa.",
         {("Unidentified Armed Group (Yemen)", "ASSAULT", "Civilians (Yemen)", "Sanaa")}),
    ],
)  # fmt: skip
def test_attack_subject_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [("U.S.", "us"), ("the U.N. Security Council", "un security council"), ("St. Louis", "st louis")],
)
def test_re3d_entity_key_drops_acronym_dots(text: str, key: str) -> None:
    from eval.re3d_relations import entity_key

    assert entity_key(text) == key
