"""English phrase families of real news (issue 14), round roles84, in sentences of our own, each rule
with a second sentence it must also fix and a near sentence it must leave alone:

- a capture or attack told with its owner under a verb of support is the owner's event besides the
  support ("welcomed the Iraqi army's liberation of Fallujah"; "liberation" is a capture noun now;
  nlp/events/welcomed_acts.py);
- a capture verb's gerund after a preposition, read by the parser as the adjective of a territory
  noun, is the verb again ("made progress in liberating neighbourhoods"; nlp/prep_gerunds.py);
- a passive participle split from its subject by an aside is a passive again, so its clauses find
  their subject ("Canada, as a coalition member, is committed to continuing to supply X with
  training"; nlp/copula_participles.py);
- a leader visiting his own troops holds no talks (nlp/events/own_visits.py);
- a name NER gives of a state and its capitalised force word is that state's forces, not the state
  ("Members of the Pakistan Army": Military Forces of Pakistan; nlp/name_spans.titled_force_name);
- a state's word naming its own forces in a "between" pair is no third side ("between government
  troops and X"; nlp/events/side_asides.py);
- "took place", "occurred" tell that a fight happened, as "broke out" does, so the sides of a
  "between" phrase hung on the verb are read ("Clashes took place between X and the gunmen loyal to
  the regime": the Syrian army, as the same gunmen are as an object; ``toll_verbs``);
- "encircle" is a fight of forces at a place ("Kurdish fighters encircled Raqqa"; protesters
  encircling a building do not fight);
- an attack noun with its owner as the agent of a passive is that owner's attack ("Aleppo was hit
  by regime bombardment": the regime's army; nlp/events/attack_agents.py), and "reduce X to
  rubble/ruins" is an attack (``verb_object``);
- the second side the parser made a conjunct of the camp the first serves ("between the gunmen loyal
  to the regime and the rebel factions") is a side (nlp/events/side_asides.py).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Anna Holt welcomes the Government of Iraq's liberation of Ramadi.",
            {("Iraq", "CAPTURE", None, "Ramadi"), ("Anna Holt", "SUPPORT", "Iraq", None)},
        ),
        (
            "France welcomed the Iraqi army's liberation of Fallujah.",
            {
                ("France", "SUPPORT", "Iraqi Security Forces", None),
                ("Iraqi Security Forces", "CAPTURE", None, "Al Fallūjah"),
            },
        ),
        (
            "The Syrian opposition hailed the Kurdish fighters' capture of Kobani.",
            {
                ("Opposition (Syria)", "SUPPORT", "Syrian Democratic Forces", None),
                ("Syrian Democratic Forces", "CAPTURE", None, "‘Ayn al ‘Arab"),
            },
        ),
        # no owner: nothing the welcome names as done by someone
        ("France welcomed the liberation of Fallujah.", set()),
        # an owned act of support: only the welcome
        ("France welcomed Turkey's support for the rebels.", {("France", "SUPPORT", "Turkey", None)}),
    ],
)
def test_roles84_welcomed_owned_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraqi forces made progress in liberating neighbourhoods of Mosul.",
            {("Iraqi Security Forces", "CAPTURE", None, "Mosul")},
        ),
        (
            "Kurdish fighters have made progress in capturing villages near Raqqa.",
            {("Syrian Democratic Forces", "CAPTURE", None, "Ar Raqqah")},
        ),
        # no capture verb: nothing taken
        ("Aid workers made progress in reaching villages near Raqqa.", set()),
    ],
)
def test_roles84_prepositional_capture_gerunds(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada, as a coalition member, is committed to continuing to supply the Iraqi "
            "government with military training.",
            {("Canada", "AID", "Iraq", None)},
        ),
        (
            "Italy, as a NATO ally, is committed to continuing to support the Peshmerga.",
            {("Italy", "SUPPORT", "Peshmerga", None)},
        ),
        # the same without the aside: as before
        (
            "Canada is committed to continuing to supply the Iraqi government with military training.",
            {("Canada", "AID", "Iraq", None)},
        ),
        # no participle: nothing to read
        ("The town, as residents said, is deserted.", set()),
    ],
)
def test_roles84_participle_after_aside(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French president visited French troops in Gao.", set()),
        (
            "In the evening Mattis travelled to visit U.S. service members at a base outside Kirkuk.",
            set(),
        ),
        # another country's troops: a visit to that party
        (
            "The French president visited Malian troops in Gao.",
            {("France", "CONSULT", "Malian Armed Forces", "Gao")},
        ),
        (
            "The French president visited Malian officials in Bamako.",
            {("France", "CONSULT", "Mali", "Bamako")},
        ),
    ],
)
def test_roles84_own_troop_visits(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


SAA = "Syrian Arab Army"
AHRAR = "Ahrar al-Sham"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of the Pakistan Army killed three militants in North Waziristan.",
            {
                (
                    "Military Forces of Pakistan",
                    "FIGHT",
                    "Unidentified Armed Group (Pakistan)",
                    "North Waziristan",
                )
            },
        ),
        (
            "The Kenya Army killed three militants in Mandera.",
            {("Military Forces of Kenya", "FIGHT", "Unidentified Armed Group (Kenya)", "Mandera")},
        ),
        # the name modifies the forces: the forces named by the noun, as before
        (
            "Turkish Army forces launched airstrikes on PKK hideouts in Duhok.",
            {("Military Forces of Turkey", "FIGHT", "Kurdistan Workers' Party", "Dihok")},
        ),
        # an armed group's own name: as before
        (
            "The Arakan Army attacked a police post in Rakhine.",
            {("Arakan Army", "FIGHT", "Police Forces of Myanmar", "Rakhine")},
        ),
        (
            "Pakistan deployed troops to North Waziristan.",
            {("Pakistan", "MOBILIZE", None, "North Waziristan")},
        ),
    ],
)
def test_roles84_state_force_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes erupted between government troops and Ahrar al-Sham in Hama.",
            {(AHRAR, "FIGHT", SAA, "Ḩamāh"), (SAA, "FIGHT", AHRAR, "Ḩamāh")},
        ),
        (
            "Fighting broke out between government forces and Boko Haram in Borno.",
            {
                ("Boko Haram", "FIGHT", "Nigerian Armed Forces", "Borno"),
                ("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Borno"),
            },
        ),
        # a state named as a side of its own: still a side
        (
            "Clashes erupted between Turkey and the Syrian government in Idlib.",
            {("Syria", "FIGHT", "Turkey", "Idlib"), ("Turkey", "FIGHT", "Syria", "Idlib")},
        ),
        (
            "Clashes took place between Ahrar al-Sham and the gunmen loyal to the regime in the outskirts "
            "of Hama.",
            {(AHRAR, "FIGHT", SAA, "Ḩamāh"), (SAA, "FIGHT", AHRAR, "Ḩamāh")},
        ),
        (
            "Clashes occurred between the Taliban and the Afghan army in Kunduz.",
            {
                ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kunduz"),
                ("Taliban", "FIGHT", "Military Forces of Afghanistan", "Kunduz"),
            },
        ),
        # no fight noun: nothing happened between anyone
        ("The meeting took place in Sochi.", set()),
        (
            "Violent clashes continue between the gunmen loyal to the regime and the rebel factions in "
            "Aleppo.",
            {
                (SAA, "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo"),
                ("Unidentified Armed Group (Syria)", "FIGHT", SAA, "Aleppo"),
            },
        ),
        # the first side has its conjunct: the camp's conjunct stays in the camp
        (
            "Clashes broke out between Ahrar al-Sham and the gunmen loyal to the regime and Russia in Hama.",
            {(AHRAR, "FIGHT", SAA, "Ḩamāh"), (SAA, "FIGHT", AHRAR, "Ḩamāh")},
        ),
    ],
)
def test_roles84_between_sides(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurdish fighters encircled Raqqa.", {("Syrian Democratic Forces", "FIGHT", None, "Ar Raqqah")}),
        (
            "Government troops have encircled the town of Kidal.",
            {("Malian Armed Forces", "FIGHT", None, "Kidal")},
        ),
        ("Protesters encircled the parliament in Nairobi.", set()),
    ],
)
def test_roles84_encircled(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aleppo was hit by regime bombardment.", {(SAA, "FIGHT", None, "Aleppo")}),
        ("The old city of Homs was hit by regime bombardment.", {(SAA, "FIGHT", None, "Homs")}),
        # no owner: the unnamed armed group, as before
        (
            "Aleppo was hit by heavy shelling.",
            {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")},
        ),
        ("The regime reduced the old city of Homs to rubble.", {(SAA, "FIGHT", None, "Homs")}),
        ("Russian air strikes reduced the town of Douma to ruins.", {("Russia", "FIGHT", None, "Dūmā")}),
        ("Inflation reduced savings to nothing.", set()),
        ("The army reduced its presence in Kidal.", set()),
    ],
)
def test_roles84_owned_attacks_as_agents(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
