"""Round roles83 (issue 14): who does what to whom, role families the last rounds left, each with the
sentence seen in real notes, a second of our own and a near sentence the rule must not fire on.

- A state that takes a stance on a fight (ACCUSE or REQUEST of an attack noun) is not a party to it:
  the unnamed troops inside its object are not its own (nlp/onlooker_states.py).
- A lowercase English "march" is the protest noun, never the month (nlp/events/dates.py).
- A state's name inside an organisation name NER gives whose head is a kind noun ("the Pakistan
  Medical Association") is no state acting (nlp/kind_organisations.py, nlp/mentions.py).
- "Forces loyal to renegade general Khalifa Haftar": the name the parser cut from its title is whom
  the forces serve (nlp/allegiant.py).
- A group noun loyal to a state ("gunmen loyal to the regime", also when the parser hangs "loyal"
  on the verb) is that state's forces (nlp/allegiant.py, nlp/mentions.py).
- Refugees "taken in" are received (AID), not abducted (the lexicon's "take in" with its objects).
- "The army retook Kidal": a word tagged a noun that heads a clause (a subject and an object) and
  glues to a lexicon verb is that verb (nlp/lemma_repairs.py).
- A vehicle that runs over or strikes a laid charge is an attack by the charge's unnamed layer on the
  vehicle's party, even with no casualty verb, and "a bus carrying pilgrims" carries its victims
  (``carrying_participles``; nlp/events/mined_vehicles.py, nlp/events/targeted_subjects.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row, dated
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_PAK = "Unidentified Armed Group (Pakistan)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condemning state speaks: the troops fighting al-Shabaab are Somalia's
        ("Kenya condemned the clashes between government troops and al-Shabaab in Somalia.",
         {("Kenya", "ACCUSE", None, None),
          ("Somali National Army", "FIGHT", "Al-Shabaab", None),
          ("Al-Shabaab", "FIGHT", "Somali National Army", None)}),
        ("Nigeria condemned the clashes between the army and protesters in Chad.",
         {("Nigeria", "ACCUSE", None, "Chad"),
          ("Rioters (Chad)", "PROTEST", "Chadian Armed Forces", "Chad")}),
        # a state that reports a fight takes no stance: the army is still its own
        ("Kenya reported clashes between the army and al-Shabaab near Mandera.",
         {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Mandera"),
          ("Al-Shabaab", "FIGHT", "Military Forces of Kenya", "Mandera")}),
    ],
)  # fmt: skip
def test_onlooker_states(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pilgrims the bus carries are hit (the parser reads "bus carrying pilgrims" as one noun)
        ("A bus carrying pilgrims ran over a landmine in Balochistan.",
         {(UAG_PAK, "ASSAULT", "Civilians (Pakistan)", "Balochistan")}),
        ("A truck carrying soldiers ran over a roadside bomb in Kunar.",
         {(UAG_AFG, "FIGHT", "Military Forces of Afghanistan", "Kunaṟ")}),
        # no casualty verb of the event's own: the mine struck is the attack
        ("Their van ran over an IED in Kunar.", {(UAG_AFG, "FIGHT", None, "Kunaṟ")}),
        ("Two soldiers died when their van ran over an IED in Kunar.",
         {(UAG_AFG, "FIGHT", "Military Forces of Afghanistan", "Kunaṟ")}),
        # a vehicle running over an animal, or carrying goods into another one, is no attack
        ("The truck ran over a dog in Kunar.", set()),
        ("A truck carrying vegetables hit a car in Kunar.", set()),
    ],
)  # fmt: skip
def test_mined_vehicles(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase "march" in English is a protest noun, never the month
        ("Police dispersed a march by students in Dhaka on Monday.",
         {("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka"),
          ("Protesters (Bangladesh)", "PROTEST", None, "Dhaka")}),
        ("Police dispersed a march by opposition supporters in Kampala.",
         {("Police Forces of Uganda", "COERCE", "Protesters (Uganda)", "Kampala"),
          ("Protesters (Uganda)", "PROTEST", None, "Kampala")}),
    ],
)  # fmt: skip
def test_lowercase_march(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_capitalised_march_stays_the_month() -> None:
    assert dated("Riot police broke up the march in Nairobi on 3 March.", "en", "2024-05-10") == {
        ("Police Forces of Kenya", "COERCE", "Nairobi", "2024-03-03", "day"),
        ("Protesters (Kenya)", "PROTEST", "Nairobi", "2024-03-03", "day"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's name inside an association's name says whose members, not that the state acts
        ("Members of the Pakistan Medical Association protested in Lahore on Tuesday.",
         {("Pakistan Medical Association", "PROTEST", None, "Lahore")}),
        ("Members of the Kenya National Union of Teachers protested in Nairobi.",
         {("Kenya National Union of Teachers", "PROTEST", None, "Nairobi")}),
        # a state's own name before a noun that is no kind of organisation stays the state
        # plover88: a protest addressed to a state is a complaint to it (ACCUSE, CAMEO 114)
        ("The Pakistan government protested to India on Tuesday.", {("Pakistan", "ACCUSE", "India", None)}),
    ],
)  # fmt: skip
def test_associations(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name cut from its title by the parser is still whom the forces serve: Haftar's LNA
        ("Fighters loyal to renegade general Khalifa Haftar attacked Tripoli.",
         {("Libyan National Army", "FIGHT", None, "Tripoli")}),
        ("Forces loyal to eastern strongman Khalifa Haftar shelled Tripoli on Sunday.",
         {("Libyan National Army", "FIGHT", None, "Tripoli")}),
        # a complement that is the name itself stays as it was
        ("Forces loyal to Khalifa Haftar took control of Sirte.",
         {("Libyan National Army", "CAPTURE", None, "Sirte")}),
    ],
)  # fmt: skip
def test_titled_allegiance(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group loyal to the state is its forces, so the rebels attacking them keep their target
        ("Rebels attacked the gunmen loyal to the regime in Idlib.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Idlib")}),
        ("Forces loyal to the government attacked rebels in Sirte.",
         {("Military Forces of Libya", "FIGHT", "Unidentified Armed Group (Libya)", "Sirte")}),
        # gunmen loyal to no one named stay an unnamed armed group
        ("Rebels attacked the gunmen in Idlib.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_state_allegiance(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refugees taken in are received, not abducted
        ("Kenya took in refugees from Somalia.", {("Kenya", "AID", "Civilians", None)}),
        ("Uganda has taken in more than a million refugees from South Sudan.",
         {("Uganda", "AID", "Civilians (South Sudan)", None)}),
        # hostages taken stay an abduction
        ("Gunmen took hostages in Kidal.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Kidal")}),
    ],
)  # fmt: skip
def test_taken_in(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "retook" tagged a noun heading a clause with a subject and an object: the verb "retake"
        ("The army retook Kidal following clashes with rebels.",
         {("Malian Armed Forces", "CAPTURE", None, "Kidal"),
          ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal")}),
        # taken from the side fought in passing (round casemiss85)
        ("Government troops retook Gao after fierce clashes with jihadists.",
         {("Malian Armed Forces", "CAPTURE", "Unidentified Armed Group (Mali)", "Gao"),
          ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
        # a noun that glues to no verb of the lexicon stays a noun
        ("Residents reopened shops in Kidal on Monday.", set()),
    ],
)  # fmt: skip
def test_glued_verbs_tagged_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
