"""English real articles (issue 14), round engold88: the re3d article golds (CENTCOM and State
Department notes, Wikipedia pages on the Iraq war; tests/gold/real/en_re3d_b.json, en_re3d_c.json),
in sentences of our own, each rule with a second sentence it fixes and a near sentence it must leave
alone:

- an act done "in support of" a party backs it, and the party backed wages no fight of the backer's
  ("conducted strikes in support of the government of Iraq against ISIL targets": the strikes are the
  coalition's; nlp/events/side_phrases.py); a party fought alongside still fights;
- an aid noun naming its receiver stands as the giver's event as the subject of another predicate
  ("the U.S. grant of $530,000 to the fund will support conservation work";
  nlp/events/event_noun_roles.gift_to_named);
- taking someone prisoner or captive is a fight with them (civilians: an assault), also through a
  coordinated passive ("commanded a garrison, and was taken prisoner by U.S. Marines"); with a
  determiner the noun names prisoners moved, no capture (verb_object ``undetermined_only``);
- the classifier types no sentence as a protest with no word of conflict (no lexicon verb or noun
  of a violent or protest type, no generic group noun): an ambassador announcing the funding of a
  project is no protest (nlp/events/fallback_types.py);
- an event noun ranked by an ordinal or a superlative as the attribute of 'be' with a pronoun subject
  ("it was the first large-scale deployment of the new army") says what an act told before was, no
  new act (nlp/events/ranked_acts.py).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition forces conducted 11 strikes in support of the government of Iraq against ISIL targets.",
         {("US-led coalition", "FIGHT", "Islamic State", None),
          ("US-led coalition", "SUPPORT", "Iraq", None)}),
        ("Russian jets carried out raids against Nusra Front positions in support of the Syrian army.",
         {("Russian Armed Forces", "FIGHT", "Hayat Tahrir al-Sham", None),
          ("Russian Armed Forces", "SUPPORT", "Syrian Arab Army", None)}),
        # near: a party fought alongside fights the same enemy
        ("Kurdish fighters battled ISIS alongside the Peshmerga near Sinjar.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", "Islamic State", "Sinjār"),
          ("Unidentified Armed Group (Iraq)", "COOPERATE", "Peshmerga", "Sinjār"),
          ("Peshmerga", "FIGHT", "Islamic State", "Sinjār")}),
    ],
)  # fmt: skip
def test_a_party_backed_in_support_of_wages_no_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Embassy grant of $530,000 to the World Monuments Fund will support conservation work.",
         {("United States", "AID", "World Monuments Fund", None)}),
        ("The British grant of $3 million to UNICEF will pay for new classrooms in Mafraq.",
         {("United Kingdom", "AID", "UNICEF", "Mafraq")}),
        ("EU aid to Jordan will fund new schools in Mafraq.",
         {("European Union", "AID", "Jordan", "Mafraq")}),
        # near: aid naming no receiver, the subject of another verb, tells no one's gift
        ("Humanitarian aid will support the refugees in Mafraq.", set()),
    ],
)  # fmt: skip
def test_an_aid_noun_naming_its_receiver_as_a_subject(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abboud Qanbar commanded a garrison on the island of Failaka, and was taken prisoner by "
         "U.S. Marines.",
         {("United States", "FIGHT", "Abboud Qanbar", None)}),
        ("Colonel Ahmed Saleh led a brigade near Kirkuk, and was taken prisoner by Kurdish forces.",
         {("Peshmerga", "FIGHT", "Ahmed Saleh", "Kirkuk")}),
        ("The Iraqi commander was taken prisoner by American troops near Basra.",
         {("Military Forces of the United States", "FIGHT", "Iraq", "Basrah")}),
        ("Kurdish forces took 200 prisoners near Kirkuk.", {("Peshmerga", "FIGHT", None, "Kirkuk")}),
        # near: prisoners moved somewhere are no one taken
        ("The soldiers took the prisoners to a camp near Kirkuk.", set()),
    ],
)  # fmt: skip
def test_taken_prisoner(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today at the National Museum in Baghdad, the U.S. Ambassador and the Director of Museums announced "
         "the funding of a project for the rehabilitation and preservation of the Lion Gate at the remains "
         "of the ancient city of Nimrud in Iraq.", set()),
        ("Today at the Iraq Museum in Baghdad, the British Ambassador and the Director of Antiquities "
         "announced the funding of a project for the rehabilitation and preservation of the walls at the "
         "remains of the ancient city of Nineveh in Iraq.", set()),
        # near: residents blocking a road over a grievance, typed by the classifier, still protest
        ("Residents of Kano blocked the main road on Monday over power cuts.",
         {("Protesters (Nigeria)", "PROTEST", None, "Kano")}),
    ],
)  # fmt: skip
def test_no_classifier_type_without_a_word_of_conflict(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operation mattered in that it was the first large scale deployment of the New Iraqi Army.",
         set()),
        ("The exercise mattered because it was the largest deployment of British troops since the Falklands "
         "war.", set()),
        # near: an unranked deployment, and a ranked attack naming its author, stand
        ("The soldiers arrived in Basra on Monday. It was a deployment of British troops to Basra.",
         {("Iraqi Security Forces", "MOBILIZE", None, "Basrah"),
          ("Military Forces of the United Kingdom", "MOBILIZE", None, None)}),
        ("A bomb killed 20 people in Maiduguri on Monday. Police said it was the deadliest attack by "
         "Boko Haram on the city since 2015.",
         {("Boko Haram", "FIGHT", None, "Maiduguri"),
          ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
    ],
)  # fmt: skip
def test_a_ranked_act_a_pronoun_was_is_no_new_act(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
