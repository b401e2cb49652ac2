"""The per-event lists of a derived relationship updated by sorted insert and remove keep the order
the full derive gives them, and an update the lists do not agree with is refused."""

from __future__ import annotations

import random

from conflictkg.derived.aggregates import by_date, noisy_or, weight
from conflictkg.derived.delta import _apply, _as_list, _joined
from conflictkg.derived.derive_cypher import LIST_SEP

DATES = ["", "2020", "2020-05", "2020-05-01", "2020-05-01", "2019-12-31"]


def test_sorted_insert_and_remove_give_the_full_order() -> None:
    rnd = random.Random(7)
    pool = [
        (rnd.choice(DATES), rnd.choice(["FIGHT", "ASSAULT"]), rnd.choice(["text", "acled"]))
        for _ in range(300)
    ]
    held, added = pool[:200], pool[200:]
    removed = rnd.sample(held, 60)  # with duplicates of equal entries among them
    entries = by_date(held)
    assert _apply(entries, removed, added)
    rest = list(held)
    for entry in removed:
        rest.remove(entry)
    assert entries == by_date(rest + added)


def test_an_entry_not_held_or_holding_the_separator_is_refused() -> None:
    entries = by_date([("2020", "text"), ("", "text")])
    assert not _apply(list(entries), [("2021", "text")], [])
    assert not _apply(list(entries), [], [("2021", "te" + LIST_SEP + "xt")])


def test_lists_travel_joined_and_come_back_whole() -> None:
    for entries in ([], [("",)], [("",), ("2020",)], [("2020-01-02",)]):
        joined = _joined(list(entries), ["dates"])["dates"]
        assert _as_list(joined) == [e[0] for e in entries]


def test_noisy_or_weight_is_the_same_in_any_order() -> None:
    confidences = [0.8, 0.8, 0.8, 0.8, None, 0.0, 1.0, 0.35]
    weights = [weight(c) for c in confidences]
    assert sum(weights) == sum(reversed(weights))
    assert noisy_or(sum(weight(c) for c in [0.8] * 4)) == round(1 - 0.2**4, 3)
    assert noisy_or(sum(weights)) == 1.0  # a certain report
    assert noisy_or(0) == 0.0
