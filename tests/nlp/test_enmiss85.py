"""English article families left by round 84 on the second re3d gold (issue 14), round enmiss85, in
sentences of our own:

- the agent of an attack noun an agentless passive happened in is the passive's actor, never its
  victim ("a fighter was killed in an attack by Hezbollah": Hezbollah acted; "during an attack by
  government and pro-Assad forces": the first side named; nlp/events/by_attackers.py);
- a person named again by the first name alone ("says Omar Abu Anas ... Omar was killed"), even one the
  gazetteer knows as a place, is the person told before (nlp/surnames.py, nlp/mentions.py);
- a person set off as a former member of a civilian group ("X, a former student") is not told to be a
  civilian now: the person is the target (a former police officer stays a civilian);
- an act told by its being ("there's shelling near X," says Y) is no act of the speaker
  (nlp/events/existential_acts.py);
- a threat faced ("to combat the terrorist threat of Daesh", "the threat posed by ISIL") is no threat
  made (``danger_facing_verbs``, nlp/events/faced_dangers.py);
- a visit to no party ("a child who visits the library") is no consultation ('visit' requires a target);
- support relied on ("Assad has been dependent on Russian air support") backs the one who relies on it
  (``reliance_words``, nlp/events/relied_support.py);
- atrocities, brutality and barbarity done against people are assaults on them; 'commit' is a light verb;
- a role set off between commas before an organisation ("X, commander, Operation Inherent Resolve")
  gives the speaker that organisation, whose "we" it is (nlp/mentions.py);
- acts a document records ("it documents the barbarity carried out by X") take no home-country place
  (``documenting_verbs``, nlp/events/documented_acts.py, nlp/home_country.py).
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
            "A fighter was killed in an attack by Hezbollah.",
            {("Hezbollah", "FIGHT", "Unidentified Armed Group", None)},
        ),
        (
            "A rebel commander was killed during an attack by government and pro-Assad forces.",
            {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", None)},
        ),
        (
            "A policeman was wounded in a raid by al-Shabaab militants in Mogadishu.",
            {("Al-Shabaab", "FIGHT", "Police Forces of Somalia", "Mogadishu")},
        ),
        # near sentences: the attack names no author, or the verb names its own
        (
            "Two soldiers were killed in an ambush in Helmand.",
            {
                (
                    "Unidentified Armed Group (Afghanistan)",
                    "FIGHT",
                    "Military Forces of Afghanistan",
                    "Helmand",
                )
            },
        ),
        (
            "Two soldiers were killed by Taliban fighters in an ambush in Helmand.",
            {("Taliban", "FIGHT", "Military Forces of Afghanistan", "Helmand")},
        ),
    ],
)
def test_attack_noun_agent_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will hold," says Samir Khalil. Samir was killed in an attack by Hezbollah.',
            {("Hezbollah", "FIGHT", "Samir Khalil", None)},
        ),
        (
            '"We will hold," says Ahmed Nasser. Ahmed was killed in an attack by Hezbollah.',
            {("Hezbollah", "FIGHT", "Ahmed Nasser", None)},
        ),
        (
            "Omar Abu Anas reads books. Omar was killed during an attack by pro-Assad forces.",
            {("Syrian Arab Army", "FIGHT", "Omar Abu Anas", None)},
        ),
        # near sentence: no full name told before, the first name alone names no one
        ("Samir was killed in an attack by Hezbollah.", {("Hezbollah", "FIGHT", None, None)}),
    ],
)
def test_first_name_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Abu Anas, a former engineering student, was killed on the front line during an attack by "
            "pro-Assad forces.",
            {("Syrian Arab Army", "FIGHT", "Omar Abu Anas", None)},
        ),
        (
            "Khaled Saleh, a former teacher, was killed in a raid by Hezbollah near Qusayr.",
            {("Hezbollah", "FIGHT", "Khaled Saleh", "Al Quşayr")},
        ),
        # near sentences: a teacher now is a civilian; a former police officer is a civilian
        (
            "Khaled Saleh, a teacher, was killed in a raid by Hezbollah near Qusayr.",
            {("Hezbollah", "ASSAULT", "Civilians (Syria)", "Al Quşayr")},
        ),
        (
            "Yusuf Darwish, a former police officer, was shot dead by gunmen in Kirkuk.",
            {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Kirkuk")},
        ),
    ],
)
def test_former_civilian_role(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Each evening there\'s shelling close to the school and we hide," says Karim Haddad.',
            {("Unidentified Armed Group", "FIGHT", None, None)},
        ),
        (
            # "Homs", which NER reads as a name, is the dweller's place (round casemiss87)
            '"Every night there is shelling in the old city," a resident of Homs told reporters.',
            {("Unidentified Armed Group (Syria)", "FIGHT", None, "Homs")},
        ),
        # near sentence: the forces are named, the speaker still is no actor
        (
            "Government forces shelled the old city, a resident of Homs said.",
            {("Syrian Arab Army", "FIGHT", None, "Homs")},
        ),
    ],
)
def test_existential_act_has_no_speaker_actor(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We must counter the threat posed by ISIL.", set()),
        ("Ministers met in London to discuss how to tackle the growing threat of al-Shabaab.", set()),
        # near sentences: a threat made, or aimed at someone, stands
        ("Daesh threatened to attack Baghdad.", {("Islamic State", "THREATEN", "Iraq", None)}),
        (
            "Al-Shabaab issued a threat against the Kenyan embassy.",
            {("Al-Shabaab", "THREATEN", "Kenya", None)},
        ),
    ],
)
def test_threat_faced_is_no_threat_made(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is one boy who visits the museum each morning.", set()),
        ("President Obama visited a mosque in Baltimore.", set()),
        # near sentence: a visit to a state is talks with it, held there (round enloc85, visit_places)
        (
            "Foreign Minister Julie Bishop visited Afghanistan.",
            {("Julie Bishop", "CONSULT", "Afghanistan", "Afghanistan")},
        ),
    ],
)
def test_visit_to_no_party(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assad has long been wholly dependent on hired militias and Russian air support.",
            {("Russia", "SUPPORT", "Syria", None)},
        ),
        ("The Syrian government relies on Iranian military support.", {("Iran", "SUPPORT", "Syria", None)}),
        # near sentences: relying on no one's support
        ("The rebels depend on the road to Turkey for supplies.", set()),
        ("The government relies on its own forces.", set()),
    ],
)
def test_support_relied_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report documents the scale of barbarity carried out by the Assad regime against its own "
            "people.",
            {("Syria", "ASSAULT", "Civilians (Syria)", None)},
        ),
        (
            "Janjaweed militias committed atrocities against civilians in Darfur.",
            {("Janjaweed", "ASSAULT", "Civilians (Sudan)", "Darfur")},
        ),
        (
            "Militias committed attacks against civilians in Darfur.",
            {("Unidentified Communal Militia (Sudan)", "ASSAULT", "Civilians (Sudan)", "Darfur")},
        ),
        # near sentence: a barbarity done against no one is a quality, no act
        ("The raids on Binnish and Taftanaz show the cruel barbarity of the Assad regime.", set()),
    ],
)
def test_atrocities_against_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We have trained the Peshmerga," said Col. John Dorrian, spokesman, Combined Joint Task Force - '
            "Operation Inherent Resolve.",
            {("US-led coalition", "AID", "Peshmerga", None)},
        ),
        (
            '"We have trained the Iraqi army," said Maj. Gen. Gary Volesky, commander, Operation Inherent '
            "Resolve.",
            {("US-led coalition", "AID", "Iraqi Security Forces", None)},
        ),
        # near sentence: a role set off with no organisation after it leaves the speaker alone
        (
            '"We have trained the Peshmerga," said Col. John Dorrian, a spokesman.',
            {("John Dorrian", "AID", "Peshmerga", None)},
        ),
    ],
)
def test_role_set_off_before_its_organisation(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_documented_acts_take_no_home_place() -> None:
    """An act a document records ("it documents the barbarity carried out by X") is placed nowhere by
    default; an act told by itself with no place takes the home country."""
    from conflictkg.nlp.home_country import home_place

    told = {"place": None, "type": "ASSAULT", "sent_start": 0}
    assert home_place({**told, "unplaced": True}, "SYR", "Syria", {}) is None
    assert home_place(told, "SYR", "Syria", {}) == {
        "name": "Syria", "kind": "country", "near": None, "descriptor": False, "inferred": True,
    }  # fmt: skip
