"""English real articles (issue 14), round engold87: the re3d article golds (Wikipedia pages on the
Iraq war, CENTCOM and State Department notes; tests/gold/real/en_re3d_b.json, en_re3d_c.json), in
sentences of our own, each rule with a second sentence it fixes and a near sentence it must leave alone:

- "execute" and "perform" are light verbs: an event noun they carry ("an operation executed by X",
  "the raid was executed by X") is the event, no execution (``light``; nlp/events/carried_acts.py);
- bare "Marines" are the United States' (U.S. Marine Corps), "Royal Marines" the United Kingdom's
  (aliases in data/kb/countries.tsv);
- an event noun's complement the parser hung on the light verb carrying it ("began their assault on
  insurgent-held Karabilah") names the holder of the place as the target (nlp/events/held_targets.py);
- a town in apposition with a group's haven or bastion ("Kidal, an Islamist bastion") is that group's
  (``party_object_nouns``);
- a long title before a name as a subject ("Special Presidential Envoy to the Global Coalition to
  Counter ISIL James Jeffrey will lead ...") is the name's: the name is the subject (nlp/titled_subjects.py);
- who convened or organised a meeting is its partner ("a meeting, convened by the Austrian government";
  ``convening_participles``; nlp/events/convened_meetings.py);
- a state's name as the modifier of an aid noun whose recipient its complement names ("US aid to
  Ukraine", "the UK grant of $2 million to X") is the giver; "grant" is an aid noun
  (nlp/events/event_noun_roles.giving_compound);
- providing an account of things ("reliable reporting", "updates", "information") or delivering a
  message or a speech is telling, no aid (silent verb_object entries of 'provide' and 'deliver');
- a state's alias is no lower-case common noun ("les marines américains": nlp/mentions.py).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid was executed by Iraqi special forces in Mosul.",
         {("Iraqi Security Forces", "FIGHT", None, "Mosul")}),
        ("Coalition forces executed an operation against insurgents in Anbar.",
         {("US-led coalition", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Anbar")}),
        ("Operation Dawn was a military operation executed by Iraqi forces in Anbar.", set()),
        # near: people executed are executed
        ("The militants executed three soldiers in Raqqa.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Syrian Arab Army", "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_an_operation_executed_is_no_execution(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Marines seized the town of Garmsir from the Taliban.",
         {("United States", "CAPTURE", "Taliban", "Garmsir")}),
        ("Two battalions of Marines attacked Taliban positions near Marjah.",
         {("United States", "FIGHT", "Taliban", "Marjah")}),
        # near: the Royal Marines are British, a demonym's marines its own
        ("Royal Marines attacked Taliban positions near Marjah.",
         {("United Kingdom", "FIGHT", "Taliban", "Marjah")}),
        ("Kenyan marines attacked al-Shabaab in Kismayo.", {("Kenya", "FIGHT", "Al-Shabaab", "Kismayo")}),
    ],
)  # fmt: skip
def test_bare_marines_are_the_us_marine_corps(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Marines mounted an attack on Taliban-held Marjah.",
         {("United States", "FIGHT", "Taliban", "Marjah")}),
        ("Government forces began their offensive on rebel-controlled Douma.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Dūmā")}),
        # near: a town no one is said to hold
        ("Government forces began their offensive on Douma.", {("Syrian Arab Army", "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_an_offensive_on_a_held_town_carried_by_a_light_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army shelled Kidal, an Islamist bastion.",
         {("Malian Armed Forces", "FIGHT", "Islamist Militia (Mali)", "Kidal")}),
        ("Government troops shelled Hama, a rebel haven.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Ḩamāh")}),
        # near: a town described by no group
        ("The army shelled Kidal, a town in northern Mali.",
         {("Malian Armed Forces", "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_a_groups_haven_is_the_group(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Special Presidential Envoy to the Global Coalition to Counter ISIL James Jeffrey will lead a "
         "delegation to Rome for a meeting with senior members of the Counter ISIL Coalition.",
         {("James Jeffrey", "CONSULT", "US-led coalition", None)}),
        ("Special Envoy for Syria Geir Pedersen met Syrian officials in Damascus.",
         {("United Nations", "CONSULT", "Syria", "Damascus")}),
        ("Minister for Foreign Affairs Sergei Lavrov met Syrian officials in Damascus.",
         {("Russia", "CONSULT", "Syria", "Damascus")}),
        # near: a determined title is someone else's office, not the name's
        ("A spokesman for President Barack Obama met Iraqi officials in Baghdad.", set()),
    ],
)  # fmt: skip
def test_a_long_title_before_a_name_is_the_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy Secretary of State Wendy Sherman will travel to Vienna for Friday's regional meeting, "
         "convened by the Austrian government, to discuss ways to end the war in Yemen.",
         {("Wendy Sherman", "CONSULT", "Austria", None)}),
        ("John Kerry travelled to Paris for a meeting organised by Germany.",
         {("John Kerry", "CONSULT", "Germany", None)}),
        # near: a meeting held by someone names no partner
        ("John Kerry travelled to Paris for a meeting held by the French government.", set()),
    ],
)  # fmt: skip
def test_who_convened_a_meeting_is_its_partner(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Embassy grant of $275,000 to the Aga Khan Trust for Culture was made public on Tuesday.",
         {("United States", "AID", "Aga Khan Trust for Culture", None)}),
        ("US aid to Ukraine arrived on Monday.", {("United States", "AID", "Ukraine", None)}),
        ("The UK grant of $2 million to the Syrian Civil Defence was announced on Monday.",
         {("United Kingdom", "AID", "White Helmets", None)}),
        # near: a state as the modifier of aid no one is said to receive is its topic
        ("Ukraine aid was discussed in Congress.", set()),
        # near: support given for a side's fight leaves the fight to that side
        ("The minister reaffirmed UK support for Somalia in the fight against al-Shabaab.",
         {("United Kingdom", "SUPPORT", "Somalia", None)}),
    ],
)  # fmt: skip
def test_a_states_aid_to_someone_is_its_own(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Robert Ford delivered the United States' message to the people of Syria.", set()),
        ("Britain delivered a strong message to the Iraqi government.", set()),
        ("Britain provided regular updates to the Iraqi government.", set()),
        # near: goods and aid delivered are aid
        ("The United States delivered food to the people of Syria.",
         {("United States", "AID", "Civilians (Syria)", "Syria")}),
        ("The United States provided intelligence to the Iraqi government.",
         {("United States", "AID", "Iraq", None)}),
    ],
)  # fmt: skip
def test_a_message_delivered_is_no_aid(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
