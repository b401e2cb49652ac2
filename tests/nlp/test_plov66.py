"""PLOVER roles and re3d relations, round plov66 (issue 14): a group a state cuts off takes no country
from its author (nlp/events/cut_off_groups.py); a capitalised "The Coalition" is the body noun all the
same (nlp/body_actors.py); a coalition named with another state than its own is not that coalition
(KnowledgeBase._span_actor)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington halted all its aid to the rebels last week.",
         {("United States", "SANCTION", "Unidentified Armed Group", None)}),
        ("France suspended its aid to the insurgents.",
         {("France", "SANCTION", "Unidentified Armed Group", None)}),
        # the event's place still names whose rebels they are
        ("The United States cut all aid to the rebels in Syria.",
         {("United States", "SANCTION", "Unidentified Armed Group (Syria)", "Syria")}),
        # a demonym names them too
        ("Washington cut its aid to Libyan rebels.",
         {("United States", "SANCTION", "Unidentified Armed Group (Libya)", None)}),
    ],
)  # fmt: skip
def test_cut_off_group_is_not_the_authors(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no sanction: the group still takes the article's country, as before
        ("Nigeria deployed troops against the militants.",
         {("Nigeria", "MOBILIZE", "Unidentified Armed Group (Nigeria)", None)}),
        # no group ACLED scopes to the place: the protesters stay the country's own
        ("Nigeria banned the protesters.", {("Nigeria", "COERCE", "Protesters (Nigeria)", None)}),
    ],
)  # fmt: skip
def test_no_cut_off_group(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


TOLD = "The Counter-ISIL Coalition struck ISIL near Raqqa. "
RAQQA = ("US-led coalition", "FIGHT", "Islamic State", "Ar Raqqah")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOLD + "The Coalition also hit a depot near Mosul.",
         {RAQQA, ("US-led coalition", "FIGHT", None, "Mosul")}),
        # with no coalition named, the one at war in Iraq (kb/shared_names.toml, round re3d75)
        ("The Coalition bombed an ISIL depot near Mosul.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
        # a group noun after it: the same coalition
        (TOLD + "Coalition military forces also hit a depot near Mosul.",
         {RAQQA, ("US-led coalition", "FIGHT", None, "Mosul")}),
    ],
)  # fmt: skip
def test_capitalised_coalition(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_named_coalition_is_not_the_body() -> None:
    # a name of several words holding "Coalition" is that organisation, not the armed body
    assert en_rows("The Coalition for Peace condemned the bombing.") == set()
    assert en_rows("The Coalition Provisional Authority bombed a depot near Mosul.") == {
        ("Coalition Provisional Authority", "FIGHT", None, "Mosul")
    }


def test_coalition_named_with_another_state() -> None:
    # "Syrian Arab Coalition" holds the Saudi-led coalition's "Arab coalition" but is another body
    got = en_rows("The Syrian Arab Coalition attacked ISIL positions near Raqqa.")
    assert all(r[0] != "Saudi-led coalition" for r in got)
    assert en_rows("The Arab coalition struck Houthi positions near Sanaa.") == {
        ("Saudi-led coalition", "FIGHT", "Houthis", "Sanaa")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people named by its plural name only, gathered to protest: the protesters of the place
        ("About 100 Kurds demonstrated in Ankara on Friday.",
         {("Protesters (Turkey)", "PROTEST", None, "Ankara")}),
        ("Some 300 ethnic Albanians marched through Belgrade.",
         {("Protesters (Serbia)", "PROTEST", None, "Belgrade")}),
    ],
)  # fmt: skip
def test_people_protesting(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_people_not_protesting() -> None:
    # no protest: a people's name makes no actor of it
    assert en_rows("About 100 Kurds crossed into Iraq on Friday.") == set()
