"""The `:param name => value` lines of the shipped .cypher files, read as Neo4j Browser reads them."""

from __future__ import annotations

from typing import Any

import pytest

from conflictkg.errors import ConflictKGError
from conflictkg.queries.files import browser_params, defaults, parse_literal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("null", None), ("NULL", None), ("true", True), ("false", False), ("1000000", 1000000),
        ("-3", -3), ("2.5", 2.5), ("1e3", 1000.0), ("'Turkey'", "Turkey"), ('"ANL"', "ANL"),
        (r"'l\'Armée'", "l'Armée"), (r"'a\nb'", "a\nb"), (r"'\u00e9'", "é"), ("[]", []),
        ("['a', 1, null]", ["a", 1, None]), ("{k: 1, `b c`: 'x'}", {"k": 1, "b c": "x"}),
    ],
)  # fmt: skip
def test_literals(text: str, value: Any) -> None:
    assert parse_literal(text) == value
    assert type(parse_literal(text)) is type(value)


@pytest.mark.parametrize("text", ["", "'open", "[1,", "date()", "1 2", "{k 1}"])
def test_not_literals(text: str) -> None:
    with pytest.raises(ConflictKGError):
        parse_literal(text)


def test_param_lines() -> None:
    text = "// comment\n:param actor => 'Turkey'\n:param limit => 10;\nMATCH (n) RETURN n LIMIT $limit\n"
    assert browser_params(text) == {"actor": "Turkey", "limit": 10}
    with pytest.raises(ConflictKGError, match="line 1: expected ':param name => value'"):
        browser_params(":param limit 10")


def test_shipped_defaults() -> None:
    assert defaults("who_backs_whom") == {
        "actor": None, "country": None, "since": None, "until": None, "source": None,
        "min_events": 1, "limit": 1000000,
    }  # fmt: skip
    assert defaults("export_events")["limit"] == 1000
    assert defaults("control_timeline") == {"place": "Asaba", "source": None}
