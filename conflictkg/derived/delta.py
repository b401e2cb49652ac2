"""Derive by delta: the SUPPORTS / OPPOSES of a run updated by the events it added and removed.

Every event a run touches (written, or reported by an article it rewrites) is read before the write
and again at derive time (:func:`read_contributions`: what the event gives to an actor pair); the
differences are the run's delta. A pair's relationship is then updated from what it holds, without
reading the pair's other events: counts, the noisy-or weight (an integer sum, exact in any order),
the per-event lists (one sorted insert or remove per event), first / last date and the evidence.

A pair falls back to a recompute from its events (the caller's) when the delta cannot be applied:
a removed event was one of its evidence, its relationship lacks an aggregate (written before they
existed) or does not hold an entry the delta removes, or the OPPOSES direction (by the actors'
names) is not the one stored.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from conflictkg.derived.aggregates import (
    FACTUAL,
    UNDATED,
    Evidence,
    date_text,
    entry_order,
    evidence_items,
    evidence_lists,
    first_last,
    noisy_or,
    source_of,
    weight,
)
from conflictkg.derived.derive_cypher import (
    DELETE_OPPOSES,
    DELETE_SUPPORTS,
    LIST_SEP,
    OPPOSES_LISTS,
    READ_CONTRIBUTIONS,
    READ_OPPOSES_STATE,
    READ_SUPPORTS_STATE,
    SUPPORTS_LISTS,
    WRITE_OPPOSES_LISTS,
    WRITE_SUPPORTS_LISTS,
)
from conflictkg.derived.interned import write_joined
from conflictkg.graph.derive_keys import FIGHT_TYPES, PAIR_TYPES, SUPPORT_TYPES
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter

Pair = tuple[str, str]


class Contribution(NamedTuple):
    """What one event gives to one (actor, target) pair: its list entry and, for support, evidence."""

    event: str
    actor: str
    target: str
    actor_name: str
    target_name: str
    type: str
    date: str  # '' when undated
    source: str
    confidence: float | None
    sentence: str | None
    article: str | None


Contributions = dict[str, tuple[Contribution, ...]]  # by event id (an empty tuple: it gives nothing)


def _contribution(r: dict[str, Any]) -> Contribution:
    names: dict[str, Any] = {"actor_name": r["actor_name"] or "", "target_name": r["target_name"] or ""}
    return Contribution(
        **{k: r[k] for k in ("event", "actor", "target", "type", "confidence", "sentence", "article")},
        **names, date=date_text(r["date"]), source=source_of(r["source"]),
    )  # fmt: skip


def read_contributions(store: Store, ids: Iterable[str], batch_rows: int = 5000) -> Contributions:
    """The contributions of the events now (an event reported twice keeps its first article's
    sentence, as the full derive does)."""
    wanted = sorted(set(ids))
    best: dict[tuple[str, str, str], Contribution] = {}
    for start in range(0, len(wanted), batch_rows):
        params = {"ids": wanted[start : start + batch_rows], "types": PAIR_TYPES, "modalities": FACTUAL}
        for r in store.query(READ_CONTRIBUTIONS, params):
            c = _contribution(r)
            key = (c.event, c.actor, c.target)
            if key not in best or (c.article or "") < (best[key].article or ""):
                best[key] = c
    out: dict[str, list[Contribution]] = {i: [] for i in wanted}
    for c in best.values():
        out[c.event].append(c)
    return {i: tuple(sorted(cs)) for i, cs in out.items()}


@dataclass
class PairDelta:
    added: list[Contribution] = field(default_factory=list)
    removed: list[Contribution] = field(default_factory=list)


def pair_deltas(
    before: Contributions, after: Contributions
) -> tuple[dict[Pair, PairDelta], dict[Pair, PairDelta]]:
    """The changes, per ordered (backer, backed) pair for SUPPORTS and per unordered pair (its ids
    sorted) for OPPOSES."""
    supports: dict[Pair, PairDelta] = defaultdict(PairDelta)
    opposes: dict[Pair, PairDelta] = defaultdict(PairDelta)
    for event, old in before.items():
        new = after.get(event, ())
        changes = [(c, False) for c in old if c not in new] + [(c, True) for c in new if c not in old]
        for c, is_added in changes:
            if c.type in SUPPORT_TYPES:
                delta = supports[(c.actor, c.target)]
            else:
                low, high = sorted((c.actor, c.target))
                delta = opposes[(low, high)]
            (delta.added if is_added else delta.removed).append(c)
    return supports, opposes


@dataclass
class DeltaResult:
    supports: int = 0
    supports_removed: int = 0
    opposes: int = 0
    opposes_removed: int = 0
    recompute: set[Pair] = field(default_factory=set)  # ordered pairs to recompute from their events


def _as_list(value: Any) -> list[str]:
    """A list property as read: joined (FalkorDB, after a '#') or a list (Neo4j)."""
    if isinstance(value, str):
        return value.split(LIST_SEP)[1:]
    return list(value or [])


def _entries(state: dict[str, Any], names: list[str]) -> list[tuple[str, ...]] | None:
    """The relationship's per-event entries (its parallel lists zipped), or None if they do not
    agree with its event count (an entry holding the separator)."""
    columns = [_as_list(state[n]) for n in names]
    if any(len(c) != state["events"] for c in columns):
        return None
    return list(zip(*columns, strict=True))


def _apply(
    entries: list[tuple[str, ...]], removed: list[tuple[str, ...]], added: list[tuple[str, ...]]
) -> bool:
    """Remove and insert entries in place, keeping the order; False if a removed one is not there."""
    for entry in removed:
        at = bisect_left(entries, entry_order(entry), key=entry_order)
        if at >= len(entries) or entries[at] != entry:
            return False
        del entries[at]
    for entry in added:
        if any(LIST_SEP in value for value in entry):
            return False
        insort(entries, entry, key=entry_order)
    return True


def _joined(entries: list[tuple[str, ...]], names: list[str]) -> dict[str, str]:
    return {n: LIST_SEP.join(["#", *(e[i] for e in entries)]) for i, n in enumerate(names)}


def _read_states(
    store: Store, statements: dict[bool, str], pairs: Iterable[Pair], batch_rows: int
) -> dict[Pair, dict[str, Any]]:
    joined = store.kind == "falkordb"
    wanted = [{"a": a, "b": b} for a, b in sorted(pairs)]
    return {
        (r["a"], r["b"]): r
        for start in range(0, len(wanted), batch_rows)
        for r in store.query(
            statements[joined], {"pairs": wanted[start : start + batch_rows], "sep": LIST_SEP}
        )
    }


def _evidence(c: Contribution) -> Evidence:
    return (c.date or UNDATED, c.event, c.sentence, c.article, c.source)


def _support_update(state: dict[str, Any] | None, delta: PairDelta) -> dict[str, Any] | None:
    """The new properties of one SUPPORTS (``events`` 0: it goes), or None: recompute the pair."""
    if state is None:
        if delta.removed:
            return None
        state = {"events": 0, "noisy_or_weight": 0, "dates": [], "sources": []}
    entries = _entries(state, SUPPORTS_LISTS)
    total_weight = state.get("noisy_or_weight")
    items = evidence_items(state)
    held = {event for _, event, _, _, _ in items}
    if entries is None or total_weight is None or any(c.event in held for c in delta.removed):
        return None
    if not _apply(
        entries, [(c.date, c.source) for c in delta.removed], [(c.date, c.source) for c in delta.added]
    ):
        return None
    total_weight += sum(weight(c.confidence) for c in delta.added) - sum(
        weight(c.confidence) for c in delta.removed
    )
    props = {
        "events": len(entries),
        **first_last([d for d, _ in entries]),
        "confidence": noisy_or(total_weight),
        "noisy_or_weight": total_weight,
        **evidence_lists(items + [_evidence(c) for c in delta.added]),
    }
    return {"props": props, **_joined(entries, SUPPORTS_LISTS)}


def _oppose_update(state: dict[str, Any] | None, delta: PairDelta) -> dict[str, Any] | None:
    """The new properties of one OPPOSES (``events`` 0: it goes), or None: recompute the pair."""
    if state is None:
        if delta.removed:
            return None
        state = {"events": 0, "dates": [], "types": [], "sources": [], **{t.lower(): 0 for t in FIGHT_TYPES}}
    entries = _entries(state, OPPOSES_LISTS)
    stored: dict[str, int | None] = {t.lower(): state.get(t.lower()) for t in FIGHT_TYPES}
    if entries is None or None in stored.values():
        return None
    counts: dict[str, int] = {name: n for name, n in stored.items() if n is not None}
    if not _apply(
        entries,
        [(c.date, c.type, c.source) for c in delta.removed],
        [(c.date, c.type, c.source) for c in delta.added],
    ):
        return None
    for c in delta.added:
        counts[c.type.lower()] += 1
    for c in delta.removed:
        counts[c.type.lower()] -= 1
    props = {"events": len(entries), **counts, **first_last([d for d, _, _ in entries])}
    return {"props": props, **_joined(entries, OPPOSES_LISTS)}


def _direction(delta: PairDelta) -> Pair:
    """OPPOSES goes from the alphabetically first name (the names the delta's events give)."""
    c = (delta.added or delta.removed)[0]
    (_, a), (_, b) = sorted([(c.actor_name, c.actor), (c.target_name, c.target)])
    return a, b


def _sorted_updates(
    updates: Iterable[tuple[Pair, Pair, dict[str, Any] | None]], ends: tuple[str, str], result: DeltaResult
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """From (pair, direction written, new properties) of each pair: the rows to write and the
    relationships to delete (``events`` 0); a pair with no update is left to ``result.recompute``."""
    rows: list[dict[str, Any]] = []
    gone: list[dict[str, Any]] = []
    for pair, (a, b), update in updates:
        ids = dict(zip(ends, (a, b), strict=True))
        if update is None:
            result.recompute.add(pair)
        elif update["props"]["events"] == 0:
            gone.append(ids)
        else:
            rows.append({**ids, **update})
    return rows, gone


def apply_delta(
    store: Store, writer: GraphWriter, before: Contributions, after: Contributions, batch_rows: int = 5000
) -> DeltaResult:
    """Update the SUPPORTS / OPPOSES of the pairs whose contributions changed between ``before``
    and ``after``; the pairs that need a recompute are returned, not written."""
    result = DeltaResult()
    supports, opposes = pair_deltas(before, after)

    states = _read_states(store, READ_SUPPORTS_STATE, supports, batch_rows)
    updates = ((pair, pair, _support_update(states.get(pair), d)) for pair, d in sorted(supports.items()))
    rows, gone = _sorted_updates(updates, ("backer", "backed"), result)
    result.supports_removed = writer.write_rows(DELETE_SUPPORTS, gone)
    result.supports = write_joined(writer, WRITE_SUPPORTS_LISTS, SUPPORTS_LISTS, rows, LIST_SEP)

    both_ways = [p for a, b in opposes for p in ((a, b), (b, a))]
    states = _read_states(store, READ_OPPOSES_STATE, both_ways, batch_rows)

    def oppose(pair: Pair, delta: PairDelta) -> tuple[Pair, Pair, dict[str, Any] | None]:
        a, b = _direction(delta)
        return pair, (a, b), None if (b, a) in states else _oppose_update(states.get((a, b)), delta)

    rows, gone = _sorted_updates((oppose(p, d) for p, d in sorted(opposes.items())), ("a", "b"), result)
    result.opposes_removed = writer.write_rows(DELETE_OPPOSES, gone)
    result.opposes = write_joined(writer, WRITE_OPPOSES_LISTS, OPPOSES_LISTS, rows, LIST_SEP)
    return result
