"""English real articles (issue 14), round engold88: the re3d article golds (CENTCOM and State
Department notes, Wikipedia pages on the Iraq war; tests/gold/real/en_re3d_b.json, en_re3d_c.json),
in sentences of our own, each rule with a second sentence it fixes and a near sentence it must leave
alone:

- the classifier types no statement (a reporting verb as its main verb) as a protest with no word
  of conflict (no lexicon verb or noun of a violent or protest type, no generic group noun): an
  ambassador announcing money for restoring a palace is no protest (nlp/events/fallback_types.py);
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
        ("Today at the National Library in Baghdad, the Japanese Ambassador and the Minister of Culture "
         "announced the funding of a scheme for the restoration and preservation of the palace at the ruins "
         "of the ancient city of Babylon in Iraq.", set()),
        ("On Monday at the Iraq Museum in Baghdad, the German Ambassador and the Director of Heritage "
         "announced the funding of a scheme for the restoration and preservation of the palace at the ruins "
         "of the ancient city of Ashur in Iraq.", set()),
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
        ("The mission was significant in that it was the first major deployment of the rebuilt Afghan Army.",
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
