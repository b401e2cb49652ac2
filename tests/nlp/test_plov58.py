"""PLOVER types and roles, round plov58 (issue 14): an agreement left is rejected
(nlp/events/pact_exits.py), a promised withdrawal on any condition is a threat (nlp/events/intents.py),
and a condemned act's author is the one blamed (nlp/events/condemned_agents.py)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States withdrew from the deal with Iran.", {("United States", "REJECT", "Iran", None)}),
        ("Russia pulled out of the arms control treaty on Friday.", {("Russia", "REJECT", None, None)}),
    ],
)  # fmt: skip
def test_pact_left(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_ground_left_stays_retreat() -> None:
    # troops leaving a country, or a town left after a deal, are no agreement rejected
    assert rows("The United States withdrew its troops from Syria.") == {
        ("United States", "RETREAT", None, "Syria")
    }
    assert not any(
        r[1] == "REJECT" for r in rows("The rebels withdrew from the town after the deal with the army.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condition's subject names no actor: the state withdrawn from is threatened
        ("Kenya will withdraw its force from Somalia unless the funding resumes.",
         {("Kenya", "THREATEN", "Somalia", "Somalia")}),
        ("Nigeria will withdraw its force from Mali unless the funding resumes.",
         {("Nigeria", "THREATEN", "Mali", "Mali")}),
    ],
)  # fmt: skip
def test_conditioned_withdrawal(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya will withdraw its troops from Somalia.", {("Kenya", "AGREE", "Somalia", "Somalia")}),
        # 'if' is no ultimatum
        ("Kenya will withdraw its troops from Somalia if the funding resumes.",
         {("Kenya", "AGREE", "Somalia", "Somalia")}),
    ],
)  # fmt: skip
def test_unconditioned_withdrawal(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Nations condemned the killing of civilians by Boko Haram.",
         {("United Nations", "ACCUSE", "Boko Haram", None)}),
    ],
)  # fmt: skip
def test_condemned_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_condemned_without_author() -> None:
    # no author named: the victims stay the target
    assert rows("France condemned the killing of civilians in Mali.") == {
        ("France", "ACCUSE", "Civilians (Mali)", "Mali")
    }
