"""The garbage-collector pause around wide query results."""

from __future__ import annotations

import gc
import weakref

from conflictkg.graph import collector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_pause_restores_the_collector_state() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_wide_results_are_not_rescanned_and_cycles_are_still_collected() -> None:
    with collector.paused():
        rows = [{"a": [str(i)], "b": [i, i]} for i in range(collector.WIDE)]
        a, b = Node(), Node()
        a.other, b.other = b, a  # garbage cycle made while paused
        probe = weakref.ref(a)
        del a, b
    assert gc.get_count()[0] < 1000  # handed to the oldest generation, not waiting for a young scan
    assert probe() is not None
    gc.collect()
    assert probe() is None
    assert len(rows) == collector.WIDE


def test_a_callers_frozen_objects_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector.paused():
            rows = [[i] for i in range(collector.WIDE + 10)]
        assert gc.get_freeze_count() == frozen and len(rows) > collector.WIDE
    finally:
        gc.unfreeze()
