"""English event types by PLOVER's own definitions (issue 14, round plov45): verbs of criticism,
appeal, rebuff, defiance, questioning, forgiveness and praise, consultation and collaboration, and
agreements refused or not reached, on sentences of our own as exact (actor, type, target, place)
rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows
from unit._extract import events

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism (ACCUSE) and appeals (REQUEST), CAMEO 11 and 10
        ("The Kenyan foreign minister deplored the raid on the embassy.",
         {("Kenya", "ACCUSE", None, None)}),
        ("Uganda appealed to the United Nations for food aid.",
         {("Uganda", "REQUEST", "United Nations", None)}),
        ("Tanzania pleaded with Kenya for more time.",
         {("Tanzania", "REQUEST", "Kenya", None)}),
        # refusing or defying another (REJECT, CAMEO 12)
        ("Malawi reneged on its promise to Zambia.",
         {("Malawi", "REJECT", "Zambia", None)}),
        ("The rebels defied the Ugandan government.",
         {("Unidentified Armed Group (Uganda)", "REJECT", "Uganda", None)}),
        ("Kenya ruled out talks with the rebels.",
         {("Kenya", "REJECT", None, None)}),
        # questioning (INVESTIGATE), forgiving and praising (SUPPORT), consulting, collaborating
        ("Ugandan police interrogated three opposition leaders.",
         {("Police Forces of Uganda", "INVESTIGATE", None, None)}),
        ("Kenya forgave Uganda for the raid.",
         {("Kenya", "SUPPORT", "Uganda", None)}),
        ("Kenya commended Tanzania for its help.",
         {("Kenya", "SUPPORT", "Tanzania", None)}),
        ("Uganda consulted Kenya on the new border.",
         {("Uganda", "CONSULT", "Kenya", None)}),
        ("Kenya collaborated with Tanzania against the smugglers.",
         {("Kenya", "COOPERATE", "Tanzania", None)}),
        # asylum sought is a request made to the host
        ("Thousands of Somalis sought refuge in Kenya.",
         {("Somalia", "REQUEST", "Kenya", "Kenya")}),
    ],
)  # fmt: skip
def test_plover_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement refused, refused in the future or not reached is a rejection, not an agreement
        ("Uganda refused to sign the agreement with the rebels.",
         {("Uganda", "REJECT", "Unidentified Armed Group (Uganda)", None)}),
        ("Uganda will not sign the agreement with the rebels.",
         {("Uganda", "REJECT", "Unidentified Armed Group (Uganda)", None)}),
        ("Kenya failed to reach a deal with Somalia on the border.",
         {("Kenya", "REJECT", "Somalia", None)}),
        # an agreement signed stays one
        ("Kenya signed an agreement with Somalia.",
         {("Kenya", "AGREE", "Somalia", None)}),
    ],
)  # fmt: skip
def test_agreements_refused_or_not_reached(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_attempted_attack_was_made() -> None:
    assert events("Gunmen attempted to storm a police station in Kano.", "en") == {
        ("Unidentified Armed Group (Nigeria)", "FIGHT", "Police Forces of Nigeria", "asserted")
    }
    assert events("The militants tried to assassinate the governor of Kandahar.", "en") == {
        ("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Afghanistan", "asserted")
    }
    # an attempt still to come, or a capture tried, stays hypothetical
    assert events("The rebels will try to attack Gulu.", "en") == {
        ("Unidentified Armed Group (Uganda)", "FIGHT", None, "hypothetical")
    }
    assert events("The rebels tried to capture Gulu.", "en") == {
        ("Unidentified Armed Group (Uganda)", "CAPTURE", None, "hypothetical")
    }
