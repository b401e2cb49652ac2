"""PLOVER types and roles, round plov60 (issue 14): a condemned act's author hung on the condemning
verb by the parser is still the one blamed, and a group named by what it is takes no nationality from
the state condemning it (nlp/events/condemned_agents.py)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent phrase on the verb: the act's author is blamed, the act happens where it is told
        ("Egypt denounced the shelling of Aleppo by the Syrian army.",
         {("Egypt", "ACCUSE", "Syrian Arab Army", "Aleppo"), ("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        # a ruling noun is the regime of the place hit, never the accuser's
        ("Egypt denounced the shelling of Aleppo by the regime.",
         {("Egypt", "ACCUSE", "Syrian Arab Army", "Aleppo"), ("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        ("Canada denounced the bombing of Homs by government forces.",
         {("Canada", "ACCUSE", "Syrian Arab Army", "Homs"), ("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_condemned_author_on_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condemning state's nationality does not pass to the group it blames
        ("Spain condemned the murder of two nuns by rebels.",
         {("Spain", "ACCUSE", "Unidentified Armed Group", None)}),
        ("Spain condemned the massacre of villagers by militiamen.",
         {("Spain", "ACCUSE", "Unidentified Communal Militia", None),
          ("Unidentified Communal Militia", "ASSAULT", None, None)}),
    ],
)  # fmt: skip
def test_condemned_group_not_the_accusers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of the act scopes the group, its own country included
        ("Mali condemned the attack by rebels in Gao.",
         {("Mali", "ACCUSE", "Unidentified Armed Group (Mali)", "Gao"),
          ("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        # a demonym names whose they are
        ("Spain condemned the murder of two nuns by Malian rebels.",
         {("Spain", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        # a passive's agent is the accuser, no author of the act
        ("The rebels were condemned by Spain.",
         {("Spain", "ACCUSE", "Unidentified Armed Group (Spain)", None)}),
    ],
)  # fmt: skip
def test_condemned_group_keeps_its_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanon asked Jordan for military help.", {("Lebanon", "REQUEST", "Jordan", None)}),
        ("Lebanon asked Jordan to send troops.", {("Lebanon", "REQUEST", "Jordan", None)}),
    ],
)  # fmt: skip
def test_asked(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The reporters asked the minister about the budget.",  # a question, no request
        "Lebanon asked whether the border would reopen.",
    ],
)
def test_asked_no_request(text: str) -> None:
    assert not any(r[1] == "REQUEST" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanon called for the release of Riek Machar.",
         {("Lebanon", "REQUEST", "Sudan People's Liberation Movement-in-Opposition", None)}),
        # what is called for names no one: no target
        ("Lebanon called for calm.", {("Lebanon", "REQUEST", None, None)}),
    ],
)  # fmt: skip
def test_called_for(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
