"""PLOVER types and roles, round plov54 (issue 14): an obligation a verb of concluding, finding or
ruling frames is its subject's demand (finding_verbs), and a conditional clause with no 'if' / 'si'
mark of its own (conditional_openers, inverted_conditionals) tells a hypothetical act."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows
from unit._extract import events, fr_rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The International Court of Justice ruled that Israel must ease restrictions on workers.",
         {("International Court of Justice", "REQUEST", "Israel", None)}),
        ("The African Union concluded on Friday that Sudan must release the prisoners.",
         {("African Union", "REQUEST", "Sudan", None)}),
    ],
)  # fmt: skip
def test_finding_frames_a_demand(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert rows(text) == expected


def test_finding_frames_a_demand_fr() -> None:
    text = "L'Union africaine a conclu que le Soudan devait libérer les prisonniers."
    assert fr_rows(text) == {("African Union", "REQUEST", "Sudan", None)}


@pytest.mark.parametrize(
    "text",
    [
        # a finding of a fact told, no obligation: no demand
        "The African Union concluded on Friday that Sudan released the prisoners.",
        # the obligation sits in a clause of cause, not in what was ruled
        "The African Union ruled on the appeal because Sudan must release the prisoners.",
    ],
)
def test_no_finding_demand(text: str) -> None:
    assert not any(r[1] == "REQUEST" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jordan will close the border in case rebels attack Deraa.", "en"),
        ("Jordan will close the border should rebels attack Deraa.", "en"),
        ("La Jordanie fermera sa frontière à moins que les rebelles attaquent Deraa.", "fr"),
    ],
)
def test_conditional_opening_is_hypothetical(text: str, lang: str) -> None:
    fights = [f for f in events(text, lang) if f[1] == "FIGHT"]
    assert fights and all(f[3] == "hypothetical" for f in fights)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "in case" after the attack told: the attack itself is asserted
        ("Rebels attacked Deraa in case the army returned.", "en"),
        # "should" in its own clause, no inversion
        ("Rebels attacked Deraa, and the army should respond.", "en"),
        # "au moins" is no "à moins"
        ("Les rebelles ont attaqué Deraa au moins trois fois.", "fr"),
    ],
)
def test_no_conditional_opening(text: str, lang: str) -> None:
    fights = [f for f in events(text, lang) if f[1] == "FIGHT"]
    assert fights and all(f[3] == "asserted" for f in fights)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office of a group outside the state, named by a modifier of its 'of' complement: not the
        # state of the country it is placed in
        ("Gunmen shot dead the commander of a rebel alliance near Idlib on Monday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_office_of_an_outside_group(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of the state itself stays the state's
        ("Gunmen shot dead the deputy governor near Idlib on Monday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syria", "Idlib")}),
        ("Gunmen shot dead the chief of the army near Idlib on Monday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Idlib")}),
    ],
)  # fmt: skip
def test_office_of_the_state(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert rows(text) == expected
