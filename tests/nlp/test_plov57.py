"""PLOVER types and roles, round plov57 (issue 14): whom a sanction cuts off when its verb names no
receiver (nlp/events/cut_receivers.py), more ways of cutting help and of imposing an embargo, and the
target of a request whose content is a 'for'-infinitive clause (nlp/events/for_clauses.py)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the receiver named on what is cut: a passive subject, a portion's 'of' complement
        ("Aid to Ethiopia was suspended by the World Bank.", {("World Bank", "SANCTION", "Ethiopia", None)}),
        ("Canada suspended half of its military aid program for Jordan.",
         {("Canada", "SANCTION", "Jordan", None)}),
        # help cut where it was delivered cuts off the civilians there, not the place
        ("The World Food Programme suspended food deliveries in Mogadishu after an attack.",
         {("World Food Programme", "SANCTION", "Civilians (Somalia)", "Mogadishu")}),
    ],
)  # fmt: skip
def test_cut_receiver(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no receiver and no place: the giver's sanction stands alone
        ("The United States suspended aid.", {("United States", "SANCTION", None, None)}),
        # a link suspended somewhere still needs a receiver: the place gives none
        ("The United States suspended flights in Kabul.", set()),
    ],
)  # fmt: skip
def test_no_cut_receiver(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany halted development assistance for Mali.", {("Germany", "SANCTION", "Mali", None)}),
        ("Japan froze its loans to Myanmar on Tuesday.", {("Japan", "SANCTION", "Myanmar", None)}),
        ("The European Union imposed an arms embargo on Syria.",
         {("European Union", "SANCTION", "Syria", "Syria")}),
    ],
)  # fmt: skip
def test_help_cut_and_embargo(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany halted the construction of the wall.",  # no help cut
        "The European Union discussed an arms embargo on Syria.",  # an embargo talked of, not imposed
    ],
)
def test_no_help_cut_or_embargo(text: str) -> None:
    assert not any(r[1] == "SANCTION" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The African Union called for Sudan to release the prisoners.",
         {("African Union", "REQUEST", "Sudan", None)}),
        ("The Arab League renewed its call for Israel to withdraw from Gaza.",
         {("Arab League", "REQUEST", "Israel", None)}),
    ],
)  # fmt: skip
def test_for_clause_request(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League renewed its call.",  # a call with no content and no one asked
        "The minister called the meeting for Monday.",  # 'for' a date, no clause
    ],
)
def test_no_for_clause_request(text: str) -> None:
    assert not any(r[1] == "REQUEST" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundi recalled its ambassador from Rwanda.", {("Burundi", "SANCTION", "Rwanda", None)}),
        ("Sudan made fresh accusations against Chad on Monday.", {("Sudan", "ACCUSE", "Chad", None)}),
        ("Iran issued a new threat to Israel.", {("Iran", "THREATEN", "Israel", None)}),
    ],
)  # fmt: skip
def test_nominal_diplomatic_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company recalled its cars.",  # no envoy recalled
        "Sudan leveled the ground near the border.",  # no accusation
        "Burundi recalled its ambassador for consultations.",  # no state named left: no sanction
    ],
)
def test_no_nominal_diplomatic_acts(text: str) -> None:
    assert not any(r[1] in ("SANCTION", "ACCUSE") for r in rows(text))
