"""English real articles (issue 14), round engold89: the re3d article golds (CENTCOM strike notes, State
Department notes, Wikipedia pages on the Iraq war; tests/gold/real/en_re3d_b.json, en_re3d_c.json), in
sentences of our own, each rule with a second sentence it fixes and a near sentence it must leave alone:

- an act done "in support of" a party backs it, and the party backed does not share in the act ("X
  conducted strikes in support of Y against Z": X backs Y and strikes Z, as the gold conventions read
  "X supported Y with air strikes on Z"); a partner fought alongside still fights
  (nlp/events/side_phrases.py);
- an aid noun naming its receiver, as the subject of a verb of help whose object names no party ("the
  U.S. grant to the World Monuments Fund will support conservation work"), is the event: its giver aids
  its receiver (nlp/events/standing_subjects.py);
- "taken prisoner" or "taken captive" by X (verb_object 'take prisoner|captive'): X fights the one
  taken (an assault when civilians are taken);
- a conjoined passive with no subject of its own has the personal pronoun subject of the verb it is
  coordinated with ("he commanded a garrison and was taken prisoner by X": he; nlp/syntax.shared_subjects),
  and when that pronoun stands for no one found, the state named nearest before it is not its patient
  (nlp/events/weapons.lost_patient);
- pursuing armed men is fighting them (verb 'pursue' with an armed object: "pursue any insurgents").
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition aircraft conducted 11 strikes in support of the government of Iraq against ISIL targets.",
         {("US-led coalition", "FIGHT", "Islamic State", None),
          ("US-led coalition", "SUPPORT", "Iraq", None)}),
        ("Russian aircraft conducted 14 strikes in support of the Syrian army against Nusra Front targets.",
         {("Russian Armed Forces", "FIGHT", "Hayat Tahrir al-Sham", None),
          ("Russian Armed Forces", "SUPPORT", "Syrian Arab Army", None)}),
        # near: a partner fought alongside fights the same enemy
        ("French troops fought alongside Malian soldiers against the jihadists near Gao.",
         {("French Armed Forces", "COOPERATE", "Malian Armed Forces", "Gao"),
          ("French Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao"),
          ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_the_party_backed_shares_no_act(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Embassy grant of $275,000 to the World Monuments Fund will support restoration of the "
         "old citadel by local masons.",
         {("United States", "AID", "World Monuments Fund", None)}),
        ("A British grant to the World Food Programme will fund food deliveries in Yemen.",
         {("United Kingdom", "AID", "World Food Programme", None)}),
        # near: a verb of help that names a party it helps is the event
        ("The EU grant to Jordan helped the refugees.",
         {("European Union", "AID", "Civilians (Jordan)", None)}),
    ],
)  # fmt: skip
def test_an_aid_noun_subject_of_a_purpose(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("General Haftar was taken prisoner by Chadian troops.",
         {("Chadian Armed Forces", "FIGHT", "Khalifa Haftar", None)}),
        ("Two Iraqi soldiers were taken prisoner by ISIS fighters near Kirkuk.",
         {("Islamic State", "FIGHT", "Iraqi Security Forces", "Kirkuk")}),
        ("Three villagers were taken captive by the rebels near Beni.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "ASSAULT",
           "Civilians (Democratic Republic of Congo)", "Beni")}),
        # near: taken by surprise, or someone taken that names no party
        ("The town was taken by surprise.", set()),
        ("The colonel was taken prisoner by Kurdish fighters near Kirkuk.", set()),
    ],
)  # fmt: skip
def test_taken_prisoner(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karim Jaber is an Iraqi colonel. He commanded a battalion on the Kuwaiti island of Bubiyan "
         "and was taken prisoner by American marines.",
         {("United States", "FIGHT", "Karim Jaber", None)}),
        ("Hundreds of protesters marched in Bamako on Monday. They gathered near parliament and were "
         "dispersed by police.",
         {("Protesters (Mali)", "PROTEST", None, "Bamako"),
          ("Police Forces of Mali", "COERCE", "Protesters (Mali)", "Bamako")}),
        # near: a pronoun that stands for no one found is no state named before it; a relative pronoun
        # shares nothing
        ("The brigade was stationed on the Kuwaiti island of Bubiyan. He commanded a battalion on the "
         "Kuwaiti island and was wounded by American marines.",
         {("United States", "FIGHT", None, None)}),
        ("The directorate oversees all Libyan police units in Tripoli and is tasked with guarding the "
         "capital.", set()),
    ],
)  # fmt: skip
def test_a_conjoined_passive_shares_the_pronoun_subject(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi troops pursued the insurgents near Husaybah.",
         {("Iraqi Security Forces", "FIGHT", "Unidentified Armed Group (Iraq)", "Husaybah")}),
        ("Nigerian troops pursued the Boko Haram fighters into the Sambisa forest.",
         {("Nigerian Armed Forces", "FIGHT", "Boko Haram", None)}),
        # near: pursuing talks, or thieves, is no fight
        ("The government will pursue talks with the rebels in Doha.", set()),
        ("Police pursued the thieves through the market in Kano.", set()),
    ],
)  # fmt: skip
def test_pursuing_armed_men(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
