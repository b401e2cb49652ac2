"""Targets of PLOVER events that their own arguments do not name (issue 14, round plov47): whom a
hostile act is directed against ("against X" on its verb, its object or a noun of its phrase), and
the civilians a curfew or a state of emergency binds, on sentences of our own as exact (actor,
type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "against X" on the object's noun, on the verb, or on a noun the verb's phrase takes
        ("Kenya mobilized its reservists for a war against Somalia.",
         {("Kenya", "MOBILIZE", "Somalia", None)}),
        ("Rwanda deployed troops against the Congolese rebels.",
         {("Rwanda", "MOBILIZE", "Unidentified Armed Group (Democratic Republic of Congo)", None)}),
        # a cooperative act keeps its partner: "against" names no target of it
        ("Kenya cooperated with Uganda against terrorism.",
         {("Kenya", "COOPERATE", "Uganda", None)}),
    ],
)  # fmt: skip
def test_acts_against_someone(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curfew imposed (ACLED's change to a group's activity) binds the people of the place
        ("Kenyan authorities imposed a curfew in the town of Garissa.",
         {("Kenya", "MOBILIZE", "Civilians (Kenya)", "Garissa")}),
        ("Kenya threatened to impose a curfew in Nairobi.",
         {("Kenya", "THREATEN", "Civilians (Kenya)", "Nairobi")}),
        ("Sudan lifted the curfew in Khartoum.",
         {("Sudan", "CONCEDE", "Civilians (Sudan)", "Khartoum")}),
    ],
)  # fmt: skip
def test_restrictions_bind_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thing hacked into is the target, its owner the party hit
        ("Uganda hacked into the computers of Kenyan army officers.",
         {("Uganda", "COERCE", "Kenya", None)}),
        # a communication that is the purpose of summoning someone is addressed to them
        ("Kenya summoned the Ugandan ambassador to complain about the border raids.",
         {("Kenya", "ACCUSE", "Uganda", None)}),
        # but whom one urges to act is the one asked, not addressed by the act
        ("Kenya urged Uganda to protest the raid.",
         {("Kenya", "REQUEST", "Uganda", None)}),
    ],
)  # fmt: skip
def test_objects_of_hacking_and_summoning(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
