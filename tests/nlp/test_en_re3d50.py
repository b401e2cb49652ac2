"""English coalition reports, sixth pass (issue 14, round re3d50): a body noun with no coalition
named before it is the one coalition the article names after it."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report names its coalition only at its end: the forces opening it are that coalition's
        ("Coalition military forces struck ISIL fighters near Mosul on Tuesday. "
         "The raids were part of Operation Inherent Resolve.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
        ("Coalition aircraft bombed ISIL positions near Raqqa. CJTF-OIR said the raids went on.",
         {("US-led coalition", "FIGHT", "Islamic State", "Ar Raqqah")}),
        # no coalition named anywhere: "Coalition military forces" is itself a name of the coalition
        # holding it in Iraq (kb/shared_names.toml, round re3d72); "coalition forces" stays of no one country
        ("Coalition military forces struck ISIL fighters near Mosul on Tuesday.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
    ],
)  # fmt: skip
def test_coalition_named_after(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # supporting a party in its fight: the party supported fights (and, round re3d61, the
        # supporter of a verb of fighting is a side of it too)
        ("France supports the Government of Iraq in defeating Daesh.",
         {("France", "SUPPORT", "Iraq", None), ("Iraq", "FIGHT", "Islamic State", None),
          ("France", "FIGHT", "Islamic State", None)}),
        # an object that is no party: the supporter's own act, as before
        ("France supported the campaign in defeating ISIL.", {("France", "FIGHT", "Islamic State", None)}),
    ],
)  # fmt: skip
def test_supported_party_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" in a statement a state opens is that state, not the last party named
        ("Britain condemns the ISIL attack on Baghdad. We will support the Iraqi government.",
         {("United Kingdom", "ACCUSE", "Islamic State", "Baghdad"),
          ("Islamic State", "FIGHT", None, "Baghdad"), ("United Kingdom", "AGREE", "Iraq", None)}),
        # a text opening on an armed group's act has no author: "we" is no one
        ("ISIL fighters attacked a market in Baghdad. We will support the Iraqi government.",
         {("Islamic State", "FIGHT", None, "Baghdad")}),
    ],
)  # fmt: skip
def test_first_person_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
