"""Who fights whom in English defence prose, round re3d81 (issue 14): "the group" / "the militants"
read as the one armed group named just before (nlp/events/organisation_anaphors.py since round
anaphor81b, nlp/events/named_before.py), "he" and "she" only a
person's (nlp/events/personal_pronouns.py), a state's own military never fighting that state
(nlp/events/own_state_targets.py), the nouns 'conflict' and 'insurgency', 'join' a fight, 'locked' or
'engaged in' a conflict with X, 'drove X from Y', 'inflict' a defeat on X, "the
battle for X between A and B" (contested_place_preps, nlp/events/placed_sides.py); and the re3d
evaluation matching an entity named by a generic noun ("the Syrian people", "militants") to our
generic actor of that class."""

from __future__ import annotations

import pytest
from unit._extract import events

from conflictkg.model import Actor
from eval.re3d_relations import generic_matches

pytestmark = pytest.mark.nlp

Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no act of the group told before: the one armed group named just before
        ("Boko Haram is active in Borno. The group attacked Nigerian troops near Bama.",
         {("Boko Haram", "FIGHT", "Nigerian Armed Forces", "asserted")}),
        ("Ansaru is active in Kano. The militants attacked a police station in Kano.",
         {("Ansaru", "FIGHT", "Police Forces of Nigeria", "asserted")}),
        # two groups named: ambiguous, the unnamed armed group stays
        ("Boko Haram and Ansaru are active in Borno. The group attacked Nigerian troops near Bama.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigerian Armed Forces", "asserted")}),
    ],
)  # fmt: skip
def test_group_named_just_before(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he": a person, never the state named before; nor the "US" of the raiders' own name
        # (round engold85: the passive "He" is Abu Salim, the person the sentence before is about)
        ("Abu Salim moved fighters into Iraq. He was killed in a raid conducted by the US military.",
         {("Military Forces of the United States", "FIGHT", "Abu Salim", "asserted")}),
        ("He was killed in a raid conducted by the US military.",
         {("Military Forces of the United States", "FIGHT", None, "asserted")}),
        # a person's pronoun found through the person keeps the state he heads
        # (a visit to a town of no party is no consultation: 'visit' requires a target, round enmiss85)
        ("President Assad visited Aleppo. He ordered the army to attack the rebels in Idlib.",
         {("Syria", "REQUEST", "Syrian Arab Army", "asserted")}),
        # a state's forces striking another state keep it
        ("US forces struck Syria on Friday.",
         {("Military Forces of the United States", "FIGHT", "Syria", "asserted")}),
    ],
)  # fmt: skip
def test_personal_pronouns_and_own_state(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The conflict between the Peshmerga and the Islamic State intensified in June.",
         {("Peshmerga", "FIGHT", "Islamic State", "asserted"),
          ("Islamic State", "FIGHT", "Peshmerga", "asserted")}),
        ("The Taliban's insurgency against the Afghan government entered its tenth year.",
         {("Taliban", "FIGHT", "Afghanistan", "asserted")}),
        ("Hezbollah joined the fight against the Free Syrian Army last year.",
         {("Hezbollah", "FIGHT", "Free Syrian Army", "asserted")}),
        ("Jordanian pilots joined the campaign against ISIL on Monday.",
         {("Jordan", "FIGHT", "Islamic State", "asserted")}),
        ("The Peshmerga have been locked in conflict with the Islamic State since 2014.",
         {("Peshmerga", "FIGHT", "Islamic State", "asserted")}),
        ("The Syrian army is engaged in heavy fighting with the Free Syrian Army near Hama.",
         {("Syrian Arab Army", "FIGHT", "Free Syrian Army", "asserted")}),
        ("The YPG drove ISIS from Kobani in January.",
         {("People's Protection Units", "FIGHT", "Islamic State", "asserted"),
          ("People's Protection Units", "CAPTURE", "Islamic State", "asserted")}),
        ("Iraqi forces inflicted a heavy defeat on ISIL near Mosul.",
         {("Iraqi Security Forces", "FIGHT", "Islamic State", "asserted")}),
        ("The Iraqi army handed ISIL a major defeat in Ramadi.",
         {("Iraqi Security Forces", "FIGHT", "Islamic State", "asserted")}),
        ("The battle for Aleppo between the Syrian army and the Free Syrian Army lasted four years.",
         {("Syrian Arab Army", "FIGHT", "Free Syrian Army", "asserted"),
          ("Free Syrian Army", "FIGHT", "Syrian Arab Army", "asserted")}),
    ],
)  # fmt: skip
def test_fight_families(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The conflict in Syria has displaced millions.",  # no side named
        "The insurgency in the north has spread to three provinces.",
        "Two engineers joined the company in May.",  # 'join' carries no event noun
        "The ministry has been locked in a dispute with the unions.",
        "A driver drove the minister from the airport to Erbil.",  # no party driven out
        "The battle for Aleppo lasted four years.",  # no sides named
        "The opposition inflicted a defeat on the ruling party in the vote.",  # no armed party
    ],
)
def test_no_fight(text: str) -> None:
    assert events(text, "en") == set()


def test_generic_entities_match_generic_actors() -> None:
    ours = [
        Actor("actor:civilians-syria", "Civilians (Syria)", "civilians", "SYR"),
        Actor("actor:civilians-iraq", "Civilians (Iraq)", "civilians", "IRQ"),
        Actor("actor:unidentified-armed-group-iraq", "Unidentified Armed Group (Iraq)", "armed_group", "IRQ"),
        Actor("actor:islamic-state", "Islamic State", "armed_group", None),
    ]
    demonyms = {"syrian": "SYR", "iraqi": "IRQ"}
    got = generic_matches(
        ["the Syrian people", "families", "foreign militants", "the enemy"], ours, demonyms.get
    )
    assert got == {
        "syrian people": {"actor:civilians-syria"},  # the demonym's state only
        "families": {"actor:civilians-syria", "actor:civilians-iraq"},
        "foreign militants": {"actor:unidentified-armed-group-iraq"},
    }  # "the enemy": no generic noun, no match
