"""PLOVER types and targets, round plov53 (issue 14): help cut with no receiver named is a
SANCTION (relief_nouns), a sanction verb's object read through its modifier and a portion noun
(portion_nouns), a promised withdrawal aimed at the state withdrawn from, and monitors or envoys
withdrawn a SANCTION (CAMEO 166)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

WFP = "World Food Programme"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # help its giver cuts is a sanction with no receiver named; where it was delivered, it cuts
        # off the civilians there (plov57, nlp/events/cut_receivers.py)
        ("The World Food Programme halted food deliveries in Aden on Monday.",
         {(WFP, "SANCTION", "Civilians (Yemen)", "Aden")}),
        # the aid may be the object's modifier, or what a portion object is a part of
        ("Norway halted aid shipments to Yemen.", {("Norway", "SANCTION", "Yemen", None)}),
        ("Denmark suspended part of its military aid programme last week.",
         {("Denmark", "SANCTION", None, None)}),
    ],
)  # fmt: skip
def test_relief_cut(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a link suspended still needs whom it links to
        "Qatar Airways suspended its flights last week.",
        # a portion of something that is no help
        "Denmark suspended part of its tax reform last week.",
    ],
)
def test_no_relief_cut(text: str) -> None:
    assert not any(r[1] == "SANCTION" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a withdrawal promised is aimed at the party withdrawn from
        ("Turkey says it is ready to withdraw its soldiers from Iraq.",
         {("Turkey", "AGREE", "Iraq", "Iraq")}),
        ("The African Union announced it will withdraw its troops from Sudan.",
         {("African Union", "AGREE", "Sudan", "Sudan")}),
    ],
)  # fmt: skip
def test_promised_withdrawal_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the withdrawal done is no act against the state left
        ("Turkey withdrew its soldiers from Iraq.", {("Turkey", "RETREAT", None, "Iraq")}),
        # a place withdrawn from that names no party gives no target
        ("Turkey says it is ready to withdraw its soldiers from the border town.",
         {("Turkey", "AGREE", None, None)}),
    ],
)  # fmt: skip
def test_no_withdrawal_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # monitors or envoys withdrawn: a sanction of the state they leave (CAMEO 166)
        ("Sweden withdrew its monitors from Ethiopia.", {("Sweden", "SANCTION", "Ethiopia", None)}),
        ("Austria withdrew its ambassador from Belarus on Friday.",
         {("Austria", "SANCTION", "Belarus", None)}),
        # announced, it is a threat
        ("Sweden said on Monday that it will withdraw its monitors from Ethiopia.",
         {("Sweden", "THREATEN", "Ethiopia", None)}),
    ],
)  # fmt: skip
def test_envoys_withdrawn(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_troops_withdrawn_stay_a_retreat() -> None:
    assert {r[1] for r in rows("Sweden withdrew its soldiers from Ethiopia.")} == {"RETREAT"}
