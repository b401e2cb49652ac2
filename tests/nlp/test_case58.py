"""English news snippets (issue 14, round case58): the failure classes case57's battery left, each as a
general rule with snippets it reads and near sentences it must not fire on. People held for an offence
are arrested; an attack spoken in parliament or a speech is a criticism; property blown up with a
charge named is a bombing (ACLED's remote explosive)."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's bare participle holding people for an offence: the police arrest them
        ("Nine held for rioting in Meerut",
         {("Police Forces of India", "COERCE", None, "Meerut")}),
        ("Twelve people were held for arson in Dhanbad on Monday.",
         {("Police Forces of India", "COERCE", "Civilians (India)", "Dhanbad")}),
        ("Two youths held for stone pelting in Baramulla",
         {("Police Forces of India", "COERCE", "Civilians (India)", "Bāramūla")}),
        ("Three held over attack on police team in Sitamarhi",
         {("Police Forces of India", "COERCE", None, "Sītāmarhi")}),
        ("Two journalists were held for questioning in Kano.",
         {("Police Forces of Nigeria", "COERCE", "Journalists (Nigeria)", "Kano")}),
        # talks, polls and meetings held, captives held for ransom, a stay held: no arrest
        ("Ministers held talks with the rebels in Khartoum.", set()),
        ("Leaders held talks in Islamabad", set()),
        ("Elections were held in Bihar on Saturday.", set()),
        ("Polls held in Kerala amid tight security", set()),
        ("A meeting was held for farmers in Ludhiana.", set()),
        ("Special prayers were held for the victims in Kano.", set()),
        ("Three traders were held for ransom by gunmen in Kaduna.", set()),
        ("Two journalists were held for three days in Kano.", set()),
        ("A rally was held in Lusaka for electoral reforms.",
         {("Protesters (Zambia)", "PROTEST", None, "Lusaka")}),
    ],
)  # fmt: skip
def test_held_for_an_offence(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack in parliament, in a speech, at a press conference or during a debate: words
        ("Kenyan opposition leader Raila Odinga attacked the government in parliament in Nairobi over"
         " the rise in fuel prices.",
         {("Raila Odinga", "ACCUSE", "Kenya", "Nairobi")}),
        ("The Pakistani prime minister attacked the opposition in a speech in Lahore on Sunday.",
         {("Pakistan", "ACCUSE", "Opposition (Pakistan)", "Lahore")}),
        ("The prime minister attacked the army chief at a press conference in Islamabad.", set()),
        # a fight on a parliament, or after a speech, stays one
        ("Militants attacked the parliament in Kabul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kabul")}),
        ("Suspected militants attacked the convoy of a minister after his speech in Peshawar.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Pakistan", "Peshawar")}),
        # a force attacking in parliament, or at a post, fights
        ("Gunmen attacked lawmakers in parliament in Kabul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kabul")}),
        ("Militants attacked soldiers at a check post in Kupwara.",
         {("Unidentified Armed Group (India)", "FIGHT", "Military Forces of India", "Kupwāra")}),
        ("Maoists attacked a police patrol in Dantewada on Sunday.",
         {("Communist Party of India (Maoist)", "FIGHT", "Police Forces of India", "Dantewada")}),
    ],
)  # fmt: skip
def test_verbal_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # property blown up with a charge named: a bombing (ACLED: remote explosive/landmine/IED)
        ("Maoists blew up a railway track with explosives in Latehar.",
         {("Communist Party of India (Maoist)", "ASSAULT", None, "Lātehār")}),
        ("Militants blew up a gas pipeline with an IED in Dera Bugti.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", None, "Dera Bugti")}),
        # no charge named, or fire as the means: property destruction, a riot
        ("Maoists blew up a railway track in Latehar.",
         {("Communist Party of India (Maoist)", "COERCE", None, "Lātehār")}),
        ("Rebels blew up a bridge in Kasai.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "COERCE", None, "Kasaï")}),
        ("Protesters torched a bus with petrol in Ranchi.",
         {("Rioters (India)", "PROTEST", None, "Ranchi")}),
    ],
)  # fmt: skip
def test_property_blown_up(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
