"""A stream's first window is cut to a few events, then the rest of it is read with the next window
(issue 16, item 4: the first lines of `export events` after reading a few events, not a page): the
lines are exactly those of an export read in one window, in the same order, on both stores."""

from __future__ import annotations

import itertools
import json
import random

from benchmarks.synthetic import Spec, generate
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.queries.export import id_windows, iter_events, stream_windows


def _by_event(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The lines in order, an event's lines together (the order of one event's reports is the
    store's, by a page or a whole export alike: compared as a set)."""
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        event = json.loads(line)["event_id"]
        if out and out[-1][0] == event:
            out[-1][1].append(line)
            out[-1][1].sort()
        else:
            out.append((event, [line]))
    return out


def _holding(windows: list[tuple[str, str]], event_id: str) -> list[int]:
    return [i for i, (lo, hi) in enumerate(windows) if lo < event_id <= hi]


def test_the_first_window_is_cut_to_a_few_events_and_its_rest_read_with_the_next() -> None:
    windows = stream_windows(10**6, 4000, 1000)
    assert windows[:3] == [("ev:0000", "ev:0000g"), ("ev:0000g", "ev:001g"), ("ev:002", "ev:002g")]
    assert windows[15:17] == [("ev:00f", "ev:00fg"), ("ev:01", "ev:01g")]
    assert len(windows) == 1 + 1 + 14 + 255
    # Without the cut: the API's windows, as before.
    assert stream_windows(10**6, 4000, 1000, first_window=1000)[:2] == [
        ("ev:000", "ev:000g"),
        ("ev:001", "ev:001g"),
    ]
    # A small graph (one window): its first events, then the rest; a first window as big as the
    # first page: unchanged.
    assert stream_windows(300, 4000, 1000) == [("ev:00", "ev:00g"), ("ev:00g", "ev:g")]
    assert stream_windows(300, 4000, 1000, first_window=1000) == id_windows(300, 4000) == [("ev:", "ev:g")]
    assert stream_windows(20, 4000, 1000, first_window=1) == [("ev:00", "ev:00g"), ("ev:00g", "ev:g")]
    # Every id in exactly one window, in id order.
    rng = random.Random(29)
    ids = sorted({f"ev:{rng.getrandbits(64):016x}" for _ in range(3000)} | {"ev:0000000000000000",
                 "ev:000fffffffffffff", "ev:0010000000000000", "ev:ffffffffffffffff"})  # fmt: skip
    for events, page, first, tiny in ((10**6, 4000, 1000, 16), (300, 7, 7, 1), (5000, 40, 3, 1)):
        cut = stream_windows(events, page, first, tiny)
        assert all(lo < hi for lo, hi in cut) and all(a[1] <= b[0] for a, b in itertools.pairwise(cut))
        holding = [_holding(cut, i) for i in ids]
        assert all(len(h) == 1 for h in holding) and [h[0] for h in holding] == sorted(h[0] for h in holding)


def test_a_cut_first_window_gives_exactly_the_lines_of_a_whole_export(store: Store) -> None:
    GraphWriter(store).write(list(generate(Spec(300, actors=20, places=10, seed=29))))
    # One event reported twice, its second line in another article: both lines stay, in order.
    store.query(
        "MATCH (e:Event) WITH e ORDER BY e.id LIMIT 1 MATCH (art:Article) WITH e, art ORDER BY art.id DESC "
        "LIMIT 1 CREATE (e)-[:REPORTED_IN {text: 'Said again.', start: 3, `end`: 14}]->(art)",
        write=True,
    )
    whole = [json.dumps(e, sort_keys=True) for e in iter_events(store, page_size=10**6, first_page=10**6)]
    assert len(whole) == 301
    ids = sorted(r["id"] for r in store.query("MATCH (e:Event) RETURN e.id AS id"))
    assert [json.loads(line)["event_id"] for line in whole] == sorted([ids[0], *ids])
    for page, first, tiny in ((7, 7, 1), (40, 3, 1), (1000, 1000, 1), (4000, 1000, 16), (2, 1, 1)):
        cut = stream_windows(300, page, first, tiny)
        assert (cut[0] != id_windows(300, min(first, page))[0]) == (first > 1)  # the first window is cut
        lines = [
            json.dumps(e, sort_keys=True)
            for e in iter_events(store, page_size=page, first_page=first, first_window=tiny)
        ]
        assert _by_event(lines) == _by_event(whole), (page, first, tiny)
    # A filter on a cut stream: the same lines as the filter on a whole one.
    since = [json.dumps(e, sort_keys=True) for e in iter_events(store, since="2019", page_size=10**6)]
    assert 0 < len(since) < len(whole)
    cut_since = iter_events(store, since="2019", page_size=7, first_page=7, first_window=1)
    assert _by_event([json.dumps(e, sort_keys=True) for e in cut_since]) == _by_event(since)
