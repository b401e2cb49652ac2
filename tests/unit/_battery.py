"""The harness tests every battery file (tests/nlp/test_case*.py, test_frstyle*.py) runs over its own
tables: each maker returns a test function, parametrized over the table given, for the battery file
to bind at module level under the test's name (``test_snippet_rows = snippet_rows(BATTERY)``), so
that pytest collects it there with the same ids as a test written in the file.

English snippets carry their ACLED sub-event type: a battery row must fit it (``fitting``) and give
exactly its rows (or event types); French wire sentences give exactly their rows. Known misses are
strict xfails: a fix must move the sentence to the battery."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from unit._extract import Row, en_rows, fr_rows
from unit._snippets import CONFLICT_TYPES, fitting, snippet_types

from conflictkg.evaluate.gold import family

Test = Callable[..., None]


def snippet_rows(battery: Sequence[tuple[str, str, set[Row]]]) -> Test:
    """(sub-event type, snippet, rows): a row fits the sub-event type, and the rows are exact."""

    @pytest.mark.parametrize(("sub_event_type", "text", "expected"), battery)
    def test(sub_event_type: str, text: str, expected: set[Row]) -> None:
        assert any(family(r[1]) in fitting(sub_event_type) for r in expected)
        assert en_rows(text) == expected

    return test


def snippet_type_sets(battery: Sequence[tuple[str, str, set[str]]]) -> Test:
    """(sub-event type, snippet, event types): a type fits the sub-event type, and the types are exact."""

    @pytest.mark.parametrize(("sub_event_type", "text", "expected"), battery)
    def test(sub_event_type: str, text: str, expected: set[str]) -> None:
        assert any(family(t) in fitting(sub_event_type) for t in expected)
        assert snippet_types(text) == expected

    return test


def needed_rows(misses: Sequence[tuple[str, str, Row]], round_name: str) -> Test:
    """(sub-event type, snippet, a row a right reading has), still missed."""

    @pytest.mark.xfail(strict=True, reason=f"known miss of round {round_name}")
    @pytest.mark.parametrize(("sub_event_type", "text", "needed"), misses)
    def test(sub_event_type: str, text: str, needed: Row) -> None:
        assert needed in en_rows(text)

    return test


def needed_parties(misses: Sequence[tuple[str, str, str, str | None]], round_name: str) -> Test:
    """(sub-event type, snippet, the actor a fitting row needs, the target it needs or None), still
    missed."""

    @pytest.mark.xfail(strict=True, reason=f"known miss of round {round_name}")
    @pytest.mark.parametrize(("sub_event_type", "text", "actor", "target"), misses)
    def test(sub_event_type: str, text: str, actor: str, target: str | None) -> None:
        got = en_rows(text)
        assert any(r[0] == actor and family(r[1]) in fitting(sub_event_type) for r in got)
        assert target is None or any(r[2] == target for r in got)

    return test


def battery_size(size: int, *tables: Sequence[Any]) -> Test:
    """The battery and its known misses hold the round's snippets, all of them."""

    def test() -> None:
        assert sum(len(t) for t in tables) == size

    return test


def non_conflict(texts: Sequence[str]) -> Test:
    """Snippets that tell no conflict get no conflict type."""

    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        assert not snippet_types(text) & CONFLICT_TYPES

    return test


def wire_rows(battery: Sequence[tuple[str, set[Row]]]) -> Test:
    """(French sentence, rows): the rows are exact."""

    @pytest.mark.parametrize(("text", "expected"), battery)
    def test(text: str, expected: set[Row]) -> None:
        assert fr_rows(text) == expected

    return test


def wire_misses(misses: Sequence[tuple[str, set[Row], str]]) -> Test:
    """(French sentence, its right rows, why it is missed), still missed."""

    @pytest.mark.parametrize(("text", "expected", "why"), misses)
    @pytest.mark.xfail(strict=True, reason="known miss of the round (see why)")
    def test(text: str, expected: set[Row], why: str) -> None:
        assert fr_rows(text) == expected, why

    return test
