"""The FalkorDB form of the derived lists' writes: every list element through intern, the rest as is."""

from __future__ import annotations

import pytest

from conflictkg.derived.derive_cypher import (
    OPPOSES_LISTS,
    SUPPORTS_LISTS,
    WRITE_OPPOSES,
    WRITE_SUPPORTS_LISTS,
)
from conflictkg.derived.interned import _interning, _interning_joined


def test_full_derive_lists_are_set_apart_and_interned() -> None:
    text = _interning(WRITE_OPPOSES, "o", OPPOSES_LISTS)
    assert text == WRITE_OPPOSES.replace(
        "SET o += row.props",
        "SET o += row.props, o.dates = [x IN row.lists.dates | intern(x)], "
        "o.types = [x IN row.lists.types | intern(x)], o.sources = [x IN row.lists.sources | intern(x)]",
    )


def test_joined_lists_are_interned_after_the_split() -> None:
    text = _interning_joined(WRITE_SUPPORTS_LISTS, SUPPORTS_LISTS)
    assert "s.dates = [x IN split(row.dates, $sep)[1..] | intern(x)]" in text
    assert "s.sources = [x IN split(row.sources, $sep)[1..] | intern(x)]" in text
    assert text.count("intern(") == 2


def test_a_statement_without_the_expected_form_is_refused() -> None:
    with pytest.raises(ValueError, match=r"row\.props"):
        _interning("MATCH (n) RETURN n", "o", OPPOSES_LISTS)
    with pytest.raises(ValueError, match="split"):
        _interning_joined(WRITE_OPPOSES, OPPOSES_LISTS)
