"""English real articles (issue 14), round engold86: the third re3d article gold (State Department
notes, CENTCOM, Wikipedia pages on the Iraq war, tests/gold/real/en_re3d_c.json), in sentences of our
own, each rule with a second sentence it fixes and a near sentence it must leave alone:

- leading or sending a delegation somewhere for talks is a trip whose purpose is the traveller's
  (``delegation_verbs``, ``delegation_nouns``; nlp/events/trip_purposes.py);
- the civic, religious or tribal leaders someone meets are the civilians of the article's country, as
  when they are attacked (``civilian_role_modifiers``; nlp/events/civilian_offices.py);
- a person named again by the surname alone where NER reads no person ("Abu Ghadiya ... Ghadiya", "Knox
  Thames ... Special Advisor Thames") is the person told before (``person_title_words``;
  nlp/bare_surnames.py);
- a pronoun in apposition ("hit the compound itself") is the noun itself, no other party
  (nlp/events/actors.np_actor).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoy Brett McGurk will lead a small delegation to Rome for a meeting with senior partners of the "
         "Counter ISIL Coalition.",
         {("Brett McGurk", "CONSULT", "US-led coalition", None)}),
        ("Iran sent a delegation to Moscow for talks with Russian officials.",
         {("Iran", "CONSULT", "Russia", None)}),
        # near: a delegation led somewhere with no talks named is no consultation
        ("The minister will lead a delegation to Cairo on Monday.", set()),
    ],
)  # fmt: skip
def test_a_delegation_led_for_talks_is_a_trip(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Kerry met with religious leaders in Kandahar.",
         {("John Kerry", "CONSULT", "Civilians (Afghanistan)", "Kandahār")}),
        ("John Kerry met with the village chief in Kandahar.",
         {("John Kerry", "CONSULT", "Civilians (Afghanistan)", "Kandahār")}),
        # near: officials of a state are the state
        ("John Kerry met with Afghan officials in Kandahar.",
         {("John Kerry", "CONSULT", "Afghanistan", "Kandahār")}),
    ],
)  # fmt: skip
def test_civic_leaders_met_are_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abu Ghadiya was a militant. Zarqawi named Abu Ghadiya head of the network's supply "
         "lines. Ghadiya was killed by US forces.",
         {("Military Forces of the United States", "FIGHT", "Abu Ghadiya", None)}),
        ("Knox Thames will travel to Jordan. In Lebanon, Adviser Thames will meet with civic and "
         "religious leaders.",
         {("Knox Thames", "AGREE", "Civilians (Lebanon)", "Lebanon")}),
        ("Moussa Ag Ali was a rebel commander. Ali was arrested by French troops in Gao.",
         {("French Armed Forces", "COERCE", "Moussa Ag Ali", "Gao")}),
        # near: two people of that surname told: left alone
        ("Ali Bakr and Omar Bakr were arrested. Bakr was killed by US forces in Syria.",
         {("Military Forces of the United States", "FIGHT", "Bakr", None),
          ("Syria", "COERCE", "Ali Bakr", None), ("Syria", "COERCE", "Omar Bakr", None)}),
    ],
)  # fmt: skip
def test_a_bare_surname_is_the_person_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spokesman Peter Cook briefed reporters. A U.S. strike destroyed an al-Qaida command post close "
         "to Sarmada, Peter Cook said. Then a later U.S. strike hit the command compound itself, he "
         "added.",
         {("United States", "FIGHT", "Al-Qaeda", None)}),
        ("John Kerry spoke today. The army shelled the rebel base itself, he said.",
         {("Military Forces", "FIGHT", "Unidentified Armed Group", None)}),
        # near: a pronoun in apposition to the actor leaves the actor as it is
        ("The Taliban themselves attacked Kunduz.", {("Taliban", "FIGHT", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_a_pronoun_in_apposition_is_no_other_party(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
