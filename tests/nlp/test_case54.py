"""English news snippets (issue 14, round case54): the causes the case53 battery left, each a general
rule with a near sentence it must not fire on. Sites seized in a named town or province (a district
headquarters: a town, as a district centre), an agreement by the warring
parties with none named, territory left under the control of someone, a vehicle bomb told by its
driving, an agentless chemical attack, and an abduction told by a passive "taken"."""

from __future__ import annotations

import pytest
from unit._battery import snippet_type_sets
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

AFG = "Unidentified Armed Group (Afghanistan)"

# (ACLED sub-event type, snippet, the event types read): the snippets this round made fit
BATTERY = [
    ("Non-state actor overtakes territory",
     "Militants seized the district headquarters in Ghazni province on Tuesday.", {"CAPTURE"}),
    ("Non-state actor overtakes territory",
     "Insurgents overran a police post in the town of Baiji on Friday.", {"CAPTURE"}),
    ("Agreement", "Warring parties signed a ceasefire on Monday in Juba.", {"AGREE"}),
    ("Agreement", "The warring sides agreed to a truce in Libya, the UN said.", {"AGREE"}),
    ("Non-violent transfer of territory",
     "Malian troops withdrew from Kidal on Monday, leaving the town under the control of the rebels.",
     {"CAPTURE", "RETREAT"}),
    ("Suicide bomb", "An attacker rammed an explosive-laden car into a police checkpoint in Mogadishu.",
     {"ASSAULT"}),
    ("Suicide bomb", "A suicide bomber rammed a booby-trapped vehicle into a convoy in Mosul.", {"ASSAULT"}),
    ("Chemical weapon", "Rescuers reported a suspected sarin attack on Khan Sheikhoun on Tuesday.",
     {"FIGHT"}),
    ("Chemical weapon", "Doctors treated dozens of people after a suspected chlorine attack on Douma.",
     {"FIGHT"}),
    ("Abduction/forced disappearance",
     "An activist who disappeared after being taken by gunmen in Tripoli was found dead.", {"ASSAULT"}),
    ("Abduction/forced disappearance", "An aid worker was taken by gunmen in Gao on Friday.", {"ASSAULT"}),
]  # fmt: skip


test_snippet_types = snippet_type_sets(BATTERY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district headquarters is its district's town; a post in a named town is taken there
        ("Jihadists seized the district headquarters of Ghazni on Wednesday.",
         {(AFG, "CAPTURE", None, "Ghazni")}),
        ("Insurgents overran a police post in the town of Baiji on Friday.",
         {("Unidentified Armed Group (Iraq)", "CAPTURE", "Police Forces of Iraq", "Bayjī")}),
        # somewhere in a province: territory taken, no capture of the province
        ("Militants seized the district headquarters in Ghazni province on Tuesday.",
         {(AFG, "CAPTURE", None, None)}),
        # property seized, no territory
        ("The police seized a truck in Kunduz on Sunday.",
         {("Police Forces of Afghanistan", "COERCE", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_sites_seized(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the warring parties, with no fight told: the country's military and its unnamed armed group
        ("Warring parties signed a ceasefire on Monday in Juba.",
         {("South Sudan People's Defence Forces", "AGREE", "Unidentified Armed Group (South Sudan)",
           "Juba"),
          ("Unidentified Armed Group (South Sudan)", "AGREE", "South Sudan People's Defence Forces",
           "Juba")}),
        # "two parties" may be political ones: no one named
        ("The two parties in Kenya agreed on a coalition government on Monday.", set()),
        ("The two companies signed an agreement in Juba on Monday.", set()),
    ],
)  # fmt: skip
def test_warring_parties_unnamed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malian troops withdrew from Kidal on Monday, leaving the town under the control of the rebels.",
         {("Malian Armed Forces", "RETREAT", None, "Kidal"),
          ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Malian troops withdrew from Kidal on Monday, leaving it in the hands of the rebels.",
         {("Malian Armed Forces", "RETREAT", None, "Kidal"),
          ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        # left in ruins, under water: no one took it
        ("The army withdrew from Gao, leaving the town in ruins.",
         {("Malian Armed Forces", "RETREAT", None, "Gao")}),
        ("The storm left the town under water.", set()),
    ],
)  # fmt: skip
def test_territory_left_under_control(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An attacker rammed an explosive-laden car into a police checkpoint in Mogadishu.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Police Forces of Somalia", "Mogadishu")}),
        ("A suicide bomber rammed a booby-trapped vehicle into a convoy in Mosul.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", None, "Mosul")}),
        # no charge named: a road accident or a drive, no attack
        ("A drunk driver rammed a truck into a bus stop in Lagos.", set()),
        ("The farmer drove his car into Kano on Monday.", set()),
    ],
)  # fmt: skip
def test_vehicle_bombs_by_their_driving(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers reported a suspected sarin attack on Khan Sheikhoun on Tuesday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Khān Shaykhūn")}),
        # an attack with no agent qualifying it, reported or treated after: a topic, no event
        ("Doctors treated dozens of people after an attack on Douma.", set()),
    ],
)  # fmt: skip
def test_agentless_chemical_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An activist who disappeared after being taken by gunmen in Tripoli was found dead.",
         {("Unidentified Armed Group (Libya)", "ASSAULT", "Civilians (Libya)", "Tripoli")}),
        ("A lawyer who was taken by masked men in Sirte has not been seen since.",
         {("Unidentified Armed Group (Libya)", "ASSAULT", "Civilians (Libya)", "Sirte")}),
        ("Gunmen took two aid workers from their car in Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        # taken by police: an arrest; taken by surprise, taken to hospital: none
        ("Two men were seized by police in Kano on Monday.",
         {("Police Forces of Nigeria", "COERCE", "Civilians (Nigeria)", "Kano")}),
        ("A hiker disappeared after being taken by surprise by a storm in Nepal.", set()),
        ("Soldiers took the wounded villagers to a hospital in Gao.", set()),
        # territory taken stays a capture
        ("The rebels took the town of Kidal on Monday.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_people_taken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
