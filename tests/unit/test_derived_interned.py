"""The FalkorDB form of the derived lists' writes: every list element through intern, the rest as is."""

from __future__ import annotations

from typing import Any

import pytest

from conflictkg.derived.derive_cypher import (
    OPPOSE_PROPS,
    OPPOSES_LISTS,
    SUPPORTS_LISTS,
    WRITE_OPPOSES,
    WRITE_SUPPORTS_LISTS,
)
from conflictkg.derived.interned import _interning, _interning_joined, write_joined, write_pairs


def test_full_derive_properties_go_as_one_map_their_lists_then_interned() -> None:
    text = _interning(WRITE_OPPOSES, "o", OPPOSES_LISTS)
    by_name = ", ".join(f"o.{n} = row.props.{n}" for n in OPPOSE_PROPS)
    assert text == WRITE_OPPOSES.replace(
        f"SET {by_name}",
        "SET o += row.props, o.dates = [x IN row.props.dates | intern(x)], "
        "o.types = [x IN row.props.types | intern(x)], o.sources = [x IN row.props.sources | intern(x)]",
    )


def test_joined_lists_are_interned_after_the_split() -> None:
    text = _interning_joined(WRITE_SUPPORTS_LISTS, SUPPORTS_LISTS)
    assert "s.dates = [x IN split(row.dates, $sep)[1..] | intern(x)]" in text
    assert "s.sources = [x IN split(row.sources, $sep)[1..] | intern(x)]" in text
    assert text.count("intern(") == 2
    assert "SET s += row.props,\n" in text and "= row.props." not in text


def test_a_statement_without_the_expected_form_is_refused() -> None:
    with pytest.raises(ValueError, match=r"row\.props"):
        _interning("MATCH (n) RETURN n", "o", OPPOSES_LISTS)
    with pytest.raises(ValueError, match="split"):
        _interning_joined(WRITE_OPPOSES, OPPOSES_LISTS)


class _Writer:
    """What write_pairs / write_joined hand to GraphWriter.write_rows, on a store of ``kind``."""

    def __init__(self, kind: str) -> None:
        self.store = type("Store", (), {"kind": kind})()
        self.calls: list[tuple[str, list[dict[str, Any]], dict[str, Any]]] = []

    def write_rows(self, statement: str, rows: list[dict[str, Any]], **params: Any) -> int:
        self.calls.append((statement, rows, params))
        return len(rows)


LISTS = {"dates": ["2021-03-01", "2021-03-02"], "types": ["FIGHT"], "sources": ["text"]}
PAIR = {"a": "actor:x", "b": "actor:y", "props": {"events": 2, **LISTS}}


def test_full_derive_rows_go_as_they_are_to_neo4j() -> None:
    writer = _Writer("neo4j")
    assert write_pairs(writer, WRITE_OPPOSES, "o", OPPOSES_LISTS, [PAIR]) == 1
    assert writer.calls == [(WRITE_OPPOSES, [PAIR], {})]


def test_full_derive_rows_go_as_they_are_to_falkordb_their_lists_interned() -> None:
    writer = _Writer("falkordb")
    assert write_pairs(writer, WRITE_OPPOSES, "o", OPPOSES_LISTS, [PAIR]) == 1
    assert writer.calls == [(_interning(WRITE_OPPOSES, "o", OPPOSES_LISTS), [PAIR], {})]
    assert PAIR["props"] == {"events": 2, **LISTS}  # the caller's row is left as it was


@pytest.mark.parametrize(
    ("kind", "statement"),
    [("neo4j", WRITE_SUPPORTS_LISTS), ("falkordb", _interning_joined(WRITE_SUPPORTS_LISTS, SUPPORTS_LISTS))],
)
def test_joined_rows_keep_their_rows_and_separator(kind: str, statement: str) -> None:
    writer = _Writer(kind)
    rows = [{"backer": "actor:x", "backed": "actor:y", "dates": "|2021-03-01", "sources": "|text"}]
    assert write_joined(writer, WRITE_SUPPORTS_LISTS, SUPPORTS_LISTS, rows, "|") == 1
    assert writer.calls == [(statement, rows, {"sep": "|"})]
