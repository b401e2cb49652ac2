"""English wire sentences in the register of PETRARCH's news records, round 82 (issue 14): a show of
force and its joint reading, investigations opened or ordered, closures imposed, people named with the
country they come from, and a state the parser hangs before an office noun."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def _triples(text: str) -> set[tuple[str, str, str | None]]:
    """(actor, type, target) of each event, the place left aside."""
    return {(actor, typ, target) for actor, typ, target, _ in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exercises or drills held, conducted, carried out: a show of force (CAMEO 15)
        ("The Chinese army held military exercises near Taiwan on Monday.",
         {("Military Forces of China", "MOBILIZE", None)}),
        ("Iran carried out naval drills in the Gulf on Tuesday.", {("Iran", "MOBILIZE", None)}),
        # joint ones are cooperation with the partner (CAMEO 062, as PLOVER codes joint war games)
        ("The Chinese army held joint military exercises with Russia on Monday.",
         {("Military Forces of China", "COOPERATE", "Russia")}),
        # no force holds a school's fire drill; a drill that is no military one shows no force
        ("Students held a fire drill at the school in Nairobi.", set()),
        ("The Kenyan army held a fire drill at its barracks in Nairobi.", set()),
    ],
)  # fmt: skip
def test_exercises_show_force_or_cooperation(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya opened a probe into the killing of two Ugandan traders.",
         {("Kenya", "INVESTIGATE", "Civilians (Uganda)")}),
        ("The Ugandan government ordered an investigation into the deaths of the protesters.",
         {("Uganda", "INVESTIGATE", "Protesters (Uganda)")}),
        ("The IAEA will examine the Iranian nuclear facilities next week.",
         {("International Atomic Energy Agency", "INVESTIGATE", "Iran")}),
        # an embassy opened, bodies examined, a probe into no actor: nothing investigated
        ("Kenya opened a new embassy in Juba.", set()),
        ("Kenya opened a probe into the attack on the hotel.", set()),
        ("Doctors examined the bodies at the hospital in Gaza.", set()),
    ],
)  # fmt: skip
def test_investigations_opened_ordered_or_examinations(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert _triples(text) == expected


def test_a_closure_imposed_restricts_movement_and_lifted_does_not() -> None:
    assert _triples("Israel reimposed a closure on the West Bank after the shooting.") == {
        ("Israel", "COERCE", None)
    }
    assert not {t for t in _triples("Israel lifted the closure on the West Bank.") if t[1] == "COERCE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unarmed people named with the country they come from are that country's
        ("The USA granted asylum to two exiled dissidents from Egypt.",
         {("United States", "AID", "Civilians (Egypt)")}),
        ("France granted asylum to three activists from Iran.", {("France", "AID", "Civilians (Iran)")}),
        # "from" a place that is no state names no country of theirs
        ("Police arrested two students from the university in Nairobi.",
         {("Police Forces of Kenya", "COERCE", "Civilians (Kenya)")}),
        # forces from a state were already its forces
        ("Troops from Chad attacked rebel positions near the border.",
         {("Chadian Armed Forces", "FIGHT", "Unidentified Armed Group (Chad)")}),
    ],
)  # fmt: skip
def test_people_from_a_country(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "US" hung before the office noun as a modifier: the office's state
        ("The US Secretary of State wants to help Ukraine.", {("United States", "AID", "Ukraine")}),
        ("The US Secretary of State wants to visit Kenya.", {("United States", "CONSULT", "Kenya")}),
        # a state before a capitalised name that is no office: as before, the state whose hospital is hit
        ("Rebels attacked the Syria Government Hospital in Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syria")}),
    ],
)  # fmt: skip
def test_a_state_before_an_office_noun(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iraqi prime minister paid a two-day visit to Iran.", {("Iraq", "CONSULT", "Iran")}),
        ("The Iraqi prime minister made a surprise visit to Kuwait on Sunday.",
         {("Iraq", "CONSULT", "Kuwait")}),
        ("The Kenyan president received a telephone call from Obama.",
         {("Kenya", "CONSULT", "United States")}),
        # a visit to no state, a call that is no phone call: no consultation
        ("Rebels paid a visit to the village and killed two people.",
         {("Unidentified Armed Group", "ASSAULT", "Civilians")}),
        ("The Kenyan president received calls from opposition leaders to resign.", set()),
    ],
)  # fmt: skip
def test_visits_paid_and_phone_calls_received(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another is to act: an appeal to them, what is hoped for never told as done
        ("Iran expressed hope that Iraq would release the prisoners.", {("Iran", "REQUEST", "Iraq")}),
        ("Iran said it hoped Iraq would release the prisoners.", {("Iran", "REQUEST", "Iraq")}),
        ("Washington wants Islamabad to arrest the militant leaders.",
         {("United States", "REQUEST", "Pakistan")}),
        ("The Kenyan president wants Uganda to withdraw its troops from the border.",
         {("Kenya", "REQUEST", "Uganda")}),
        # the wisher's own intent: read as before, no appeal
        ("Obama wants to help Ukraine.", {("United States", "AID", "Ukraine")}),
        ("Japan hopes to sign a peace treaty with Russia.", {("Japan", "AGREE", "Russia")}),
        ("The rebels want a share of power.", set()),
    ],
)  # fmt: skip
def test_wishes_for_others_are_appeals(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected
