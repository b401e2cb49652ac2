"""Targets and types that carry to unseen sentences (issue 14, round plover81): the partner of a
pact named on the pact noun, aid offered or provided, support expressed, aid reduced or withheld,
and the party of a sanction threatened, each on sentences of our own wording as exact
(actor, type, target, place) rows, with a sentence of the same shape that is no such event or
names no such target."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner of a pact agreed to is named on the pact noun ("a ceasefire with X")
        ("Sudan agreed to a truce with Chad.", {("Sudan", "AGREE", "Chad", None)}),
        ("The Tuareg rebels agreed to a ceasefire with the Malian government.",
         {("Unidentified Armed Group (Mali)", "AGREE", "Mali", None)}),
        # a pact with no partner named has no target; a place is none
        ("Kenya agreed to a ceasefire in the north.", {("Kenya", "AGREE", None, None)}),
        ("Kenya agreed to the plan.", {("Kenya", "AGREE", None, None)}),
    ],
)  # fmt: skip
def test_pact_partners(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid offered is an intent to give it (CAMEO 033); aid provided to its object is given
        ("Qatar offered financial aid to Sudan.", {("Qatar", "AGREE", "Sudan", None)}),
        ("Nigeria offered military assistance to Mali.", {("Nigeria", "AGREE", "Mali", None)}),
        ("Qatar provided Sudan with financial aid.", {("Qatar", "AID", "Sudan", None)}),
        ("Qatar provided weapons to the rebels.", {("Qatar", "AID", "Unidentified Armed Group", None)}),
        # condolences offered and security provided give nothing to an actor
        ("Qatar offered condolences to Sudan.", set()),
        ("The army provided security for the convoy.", set()),
    ],
)  # fmt: skip
def test_aid_offered_or_provided(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support or solidarity expressed, voiced or reaffirmed for an actor (CAMEO 051)
        ("Kenya expressed support for the Somali government.", {("Kenya", "SUPPORT", "Somalia", None)}),
        ("Egypt voiced solidarity with Sudan.", {("Egypt", "SUPPORT", "Sudan", None)}),
        # support for a thing is no event
        ("Egypt expressed support for the new law.", set()),
    ],
)  # fmt: skip
def test_support_expressed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid reduced, slashed, curtailed or withheld (CAMEO 163)
        ("France reduced its aid to Niger.", {("France", "SANCTION", "Niger", None)}),
        ("The United States slashed military assistance to Egypt.",
         {("United States", "SANCTION", "Egypt", None)}),
        ("Britain withheld aid from Malawi.", {("United Kingdom", "SANCTION", "Malawi", None)}),
        # taxes reduced are no sanction
        ("The government reduced taxes for farmers.", set()),
    ],
)  # fmt: skip
def test_aid_reduced(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party of a sanction threatened is the threat's target, not only its place
        ("Rwanda threatened to impose sanctions on Burundi.", {("Rwanda", "THREATEN", "Burundi", "Burundi")}),
        ("Kenya warned that it would impose sanctions on Somalia.",
         {("Kenya", "THREATEN", "Somalia", "Somalia")}),
        # an aid cut threatened keeps its receiver; a threat with no party has no target
        ("Rwanda threatened to cut aid to Burundi.", {("Rwanda", "THREATEN", "Burundi", None)}),
        ("Iran threatened to close the Strait of Hormuz.", {("Iran", "THREATEN", None, None)}),
    ],
)  # fmt: skip
def test_sanctions_threatened(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessor of an arrest whose 'of' complement names who is held is its author, and the
        # target of the verb that condemns it
        ("Kenya condemned Somalia's arrest of two Kenyan diplomats.",
         {("Kenya", "ACCUSE", "Somalia", None), ("Somalia", "COERCE", "Kenya", None)}),
        # with no 'of' complement the possessor is who is held ("his arrest")
        ("The opposition condemned his arrest.",
         {("Opposition", "ACCUSE", None, None), ("Police Forces", "COERCE", "Opposition", None)}),
    ],
)  # fmt: skip
def test_possessor_of_an_arrest(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym the parser tags as a name before the noun ("his Zimbabwean counterpart", "the
        # Kuwaiti foreign minister") names whose the office is, as an adjective does
        ("The Kenyan president met his Zimbabwean counterpart.", {("Kenya", "CONSULT", "Zimbabwe", None)}),
        ("The Kenyan foreign minister met the Kuwaiti foreign minister.",
         {("Kenya", "CONSULT", "Kuwait", None)}),
        ("The Kenyan president met his Egyptian counterpart.", {("Kenya", "CONSULT", "Egypt", None)}),
        # a counterpart of no named country stays unresolved: no meeting with oneself
        ("The Kenyan president met his counterpart.", set()),
    ],
)  # fmt: skip
def test_demonym_offices(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomatic ties established join those restored or re-established (SUPPORT)
        ("Kenya established diplomatic ties with Ghana.", {("Kenya", "SUPPORT", "Ghana", None)}),
        ("Kenya established a new ministry.", set()),
        # a curfew shortened is eased as one relaxed is (CONCEDE); a school year is no restriction
        ("The junta shortened the nightly curfew in Niamey.",
         {("Niger", "CONCEDE", "Civilians (Niger)", "Niamey")}),
        ("The government shortened the school year.", set()),
    ],
)  # fmt: skip
def test_ties_and_curfews(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
