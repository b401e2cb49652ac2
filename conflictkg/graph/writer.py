"""The one write path: batched, idempotent ``UNWIND $rows AS row MERGE ...`` statements.

A batch of whole articles becomes a single statement (its parts chained with
``WITH count(*) AS _``, which always yields one row, so an empty part never stops the next). One
statement is one transaction on every store, so an article is written whole or not at all, and an
article that changed has its stale events removed in the same transaction that writes the new ones.
Ids are deterministic, ``MERGE`` finds what exists, and ``run_id`` is set only on creation: writing
the same facts twice changes nothing.

Articles the caller knows are new (``ArticleFacts.may_exist`` False) and their events are written
with ``CREATE`` instead (no lookup before each write), each event with all its edges in one pattern.
If one of them exists after all (another writer was faster), the unique id constraint fails the
statement, and the batch is written again through ``MERGE``. An article not marked new is looked up
first (one read a batch, while the previous batch is written): one the store does not have is written
as new too, without stale-event removal (issue 16: the default write of new articles ran the MERGE
path and the removal, at half the insert path's speed).

With ``isolate``, a batch the store still refuses (an article with a value it cannot store) is split
in halves, each written as its own statement, until the refused articles are alone: they are
returned in ``WriteStats.rejected`` with the store's message, and every other article is written.
A date that is not a string (a library caller's ``extra={"date": 2021}``, an article's ``published``
or a control claim's date given as a number) is refused the same way by the writer itself, before
anything is sent (derive orders events by their dates' text): its :class:`Rejected` says what was wrong,
not that the store refused it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from conflictkg.errors import StoreError
from conflictkg.graph import schema
from conflictkg.graph.derive_keys import PROPERTY as DERIVE_KEY
from conflictkg.graph.derive_keys import derive_key
from conflictkg.graph.params import ParameterError
from conflictkg.graph.store import Store
from conflictkg.graph.write_statements import (
    ACTOR_KEYS,
    ARTICLE_OWN,
    COLUMN,
    COLUMNS,
    EVENT_KEYS,
    EXTRA,
    FLAT,
    LOCATION_KEYS,
    REPEATED_EVIDENCE,
    REPEATED_PREFIX,
    EventKeys,
    reserved,
)
from conflictkg.graph.write_statements import NEW_EVENTS as _NEW_EVENTS
from conflictkg.graph.write_statements import PARTS as _PARTS
from conflictkg.graph.write_statements import batch_statement as batch_statement
from conflictkg.model import Actor, Article, ArticleFacts, Event, Location

DEFAULT_BATCH_ROWS = 5000
_EXISTING = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id"
_INTERNED_EVENT = schema.INTERNED["Event"]
_INTERNED_ARTICLE = schema.INTERNED["Article"]
# A new event's flat row (write_statements.COLUMNS): the columns of the strings its article may
# repeat (summary, evidence), each with the column it moves to when repeated.
_REPEATABLE = tuple(
    (COLUMN[name], COLUMN[REPEATED_PREFIX + key])
    for key, name in (("summary", "summary"), *((k, FLAT[k]) for k in REPEATED_EVIDENCE))
)
# Event.props' keys, then the columns written after them; the flat row is built in COLUMNS' order.
_PROPS = EVENT_KEYS[:-1]
_TAIL = ("derive_key", *FLAT.values(), *(REPEATED_PREFIX + k for k in (*REPEATED_EVIDENCE, "summary")), EXTRA)
_EVENT_KEY_SET = frozenset(EVENT_KEYS)
assert EVENT_KEYS[-1] == DERIVE_KEY == "derive_key" and ("id", *_PROPS, *_TAIL) == COLUMNS
assert tuple(FLAT) == ("actor", "article", "target", "location", "sentence", "start", "end", "text")


class DateRefused(ParameterError):
    """A date the writer refuses before sending: not an ISO string (nor null)."""


def date_refusal(what: str, value: Any) -> str | None:
    """Why ``value``, ``what``'s date, cannot be written; None when it can (an ISO string, or null).
    Every date the writer writes goes through it."""
    if value is None or type(value) is str:
        return None
    got = f"{type(value).__name__} {value!r}"
    return f"{what} must be an ISO date string (2021, 2021-05 or 2021-05-21), got {got}"


@dataclass
class Rejected:
    """An article that could not be written, and why: the store's reason, or (``by_store`` False) the
    writer's own (:class:`DateRefused`)."""

    facts: ArticleFacts
    reason: str
    by_store: bool = True


@dataclass
class WriteStats:
    """What was written (counted once the store confirmed it) and what the store refused."""

    articles: int = 0
    events: int = 0
    actors: int = 0
    locations: int = 0
    statements: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def add(self, batch: _Batch) -> None:
        self.articles += len(batch.group)
        self.events += batch.events
        self.actors += len(batch.actors)
        self.locations += len(batch.locations)


def new_run_id() -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"run:{now}-{uuid.uuid4().hex[:8]}"


class _Batch:
    """The rows of one statement, built article by article; an article id appears once."""

    def __init__(self, replace: bool, create: bool, absent: frozenset[str] = frozenset()) -> None:
        self.replace = replace
        self.create = create  # False: every row through MERGE
        self.absent = absent  # articles not marked new that a pre-read did not find: written as new
        self.group: list[ArticleFacts] = []
        self.ids: set[str] = set()  # the articles'
        self.creates = False  # whether a part CREATEs
        self.rows: dict[str, list[Any]] = {name: [] for name in _PARTS}  # events' and articles' rows: lists
        # An actor or place named by several articles is written once (the last version wins).
        self.actors: dict[str, Actor] = {}
        self.locations: dict[str, Location] = {}
        self.size = 0
        # The new events' properties beyond EVENT_KEYS (extra fields), and the interned ones a row
        # holds as something other than a string: the CREATE pattern is written for them.
        self.extra_keys: set[str] = set()
        self.not_interned: set[str] = set()
        self.merge_extra = False  # an event of the MERGE path has extra fields
        self.refused: str | None = None  # why an article's facts cannot be written (date_refusal)

    def add(self, facts: ArticleFacts) -> None:
        art, rows = facts.article, self.rows
        may_exist = facts.may_exist and art.id not in self.absent
        # An event id given twice keeps its article on the MERGE path.
        # An extra field with a flat row's reserved name (write_statements.FLAT) too.
        new = (
            self.create
            and not may_exist
            and len({e.id for e in facts.events}) == len(facts.events)
            and not any(reserved(k) for e in facts.events if e.extra for k in e.extra)
        )
        self.creates |= new
        self.group.append(facts)
        self.ids.add(art.id)
        self.size += _size(facts)
        rows["new_articles" if new else "articles"].append(_article_row(art))
        self._check_date(f"article {art.id} published", art.published)
        if self.replace and may_exist:
            rows["stale"].append(
                {"article": art.id, "keep": [e.id for e in facts.events], "edges": _edges(facts)}
            )
            rows["stale_controls"].append({"article": art.id})
        for a in facts.actors:
            self.actors[a.id] = a
        for loc in facts.locations:
            self.locations[loc.id] = loc
        repeats = _repeated_strings(facts)
        for e in facts.events:
            key = derive_key(e.type, e.actor_id, e.target_id, e.location_id)
            if new:
                rows[_NEW_EVENTS[bool(e.target_id), bool(e.location_id)]].append(
                    self._flat(e, art.id, key, repeats)
                )
                continue
            rows["events"].append(self._flat(e, art.id, key, repeats, new=False))
            if e.target_id:
                rows["targets"].append([e.id, e.target_id])
            if e.location_id:
                rows["places"].append([e.id, e.location_id])
        rows["members"].extend(
            {"person": m.person_id, "org": m.org_id, "role": m.role} for m in facts.memberships
        )
        for c in facts.controls:
            self._check_date(f"control claim ({c.actor_id} over {c.location_id}) of article {art.id}", c.date)
            props = {"kind": "stated", "since": c.date, "since_precision": c.date_precision,
                     "confidence": c.confidence, **c.evidence.props()}  # fmt: skip
            rows["controls"].append(
                {"actor": c.actor_id, "location": c.location_id, "article": art.id, "props": props}
            )

    def _check_date(self, what: str, value: Any) -> None:
        if self.refused is None:
            self.refused = date_refusal(what, value)

    def _flat(
        self, e: Event, article: str, key: int | None, repeats: set[str], new: bool = True
    ) -> list[Any]:
        """An event's flat row (write_statements.COLUMNS): its properties, its edges' ends and
        evidence, a string the article repeats in its ``_r_<key>`` column (the plain one null), its
        extra fields (those not in EVENT_KEYS) in a map. ``new``: a CREATE pattern lists the extra
        fields (else the MERGE path adds the map)."""
        ev = e.evidence
        props = e.props()
        extra = None
        if e.extra:
            extra = {k: props[k] for k in e.extra if k not in _EVENT_KEY_SET} or None
            if new:
                self.extra_keys.update(e.extra)
            else:
                self.merge_extra |= extra is not None
        for p in _INTERNED_EVENT:
            value = props.get(p)
            if value is not None and type(value) is not str:
                self.not_interned.add(p)
        self._check_date(f"event {e.id} date", props.get("date"))
        row = [e.id, *map(props.get, _PROPS), key, e.actor_id, article, e.target_id or None,
               e.location_id or None, ev.sentence, ev.start, ev.end, ev.text,
               None, None, None, extra]  # fmt: skip
        if repeats:
            for plain, moved in _REPEATABLE:
                if row[plain] in repeats:
                    row[moved], row[plain] = row[plain], None
        return row

    def event_keys(self) -> EventKeys:
        """The properties the batch's CREATE patterns list (write_statements.EventKeys)."""
        extra = tuple(sorted(self.extra_keys.difference(EVENT_KEYS)))
        return EventKeys(EVENT_KEYS + extra, frozenset(self.not_interned), self.merge_extra)

    def params(self, written: dict[str, Actor | Location] | None = None) -> dict[str, list[Any]]:
        """The non-empty parts' rows, by part name; without the actors and places ``written`` has
        as they are (sent by an earlier batch of the same write)."""
        if self.refused is not None:
            raise DateRefused(self.refused)
        written = written if written is not None else {}
        # [id, *ACTOR_KEYS' values] / [id, *LOCATION_KEYS' values] (write_statements._merge_node)
        self.rows["actors"] = [
            [a.id, *map(a.props().get, ACTOR_KEYS)] for a in self.actors.values() if written.get(a.id) != a
        ]
        self.rows["locations"] = [
            [loc.id, *map(loc.props().get, LOCATION_KEYS)]
            for loc in self.locations.values()
            if written.get(loc.id) != loc
        ]
        return {name: part for name, part in self.rows.items() if part}

    @property
    def events(self) -> int:
        return sum(len(self.rows[name]) for name in ("events", *_NEW_EVENTS.values()))


def _repeated_strings(facts: ArticleFacts) -> set[str]:
    """The strings an article's events give more than once as a sentence, a stated span or a
    summary (several events of one sentence, a span that is the whole sentence)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for e in facts.events:
        for value in (e.evidence.sentence, e.evidence.text, e.summary):
            if type(value) is str:
                (twice if value in seen else seen).add(value)
    return twice


def _edges(facts: ArticleFacts) -> list[list[str]]:
    """The article's target and place edges as [event id, type, end id]: those of its kept events
    that the stale-event removal leaves (write_statements PARTS["stale"])."""
    edges = [[e.id, "TARGET", e.target_id] for e in facts.events if e.target_id]
    edges += [[e.id, "AT", e.location_id] for e in facts.events if e.location_id]
    return edges


def _article_row(art: Article) -> list[Any]:
    """An article's row (write_statements.ARTICLE_COLUMNS): its id, its own properties, and each
    interned one in its first column when a string or null (interned), else in its second."""
    props = art.props()
    row = [art.id, *(props[p] for p in ARTICLE_OWN)]
    for p in _INTERNED_ARTICLE:
        value = props[p]
        row += (value, None) if value is None or type(value) is str else (None, value)
    return row


def _size(facts: ArticleFacts) -> int:
    """About the rows an article adds to a statement."""
    return (
        1 + 2 * len(facts.events) + len(facts.actors) + len(facts.locations)
        + len(facts.memberships) + len(facts.controls)
    )  # fmt: skip


def _groups(items: Iterable[ArticleFacts], max_rows: int) -> Iterator[list[ArticleFacts]]:
    """Groups of whole articles, one a batch; an article given again starts a new group, so that its
    later version is written after (and replaces) the earlier one."""
    group: list[ArticleFacts] = []
    ids: set[str] = set()
    size = 0
    for facts in items:
        if group and (facts.article.id in ids or size + _size(facts) > max_rows):
            yield group
            group, ids, size = [], set(), 0
        group.append(facts)
        ids.add(facts.article.id)
        size += _size(facts)
    if group:
        yield group


def _batches(items: Iterable[ArticleFacts], replace: bool, max_rows: int) -> Iterator[_Batch]:
    """Batches of whole articles (see :func:`_groups`), each article as it is marked."""
    for group in _groups(items, max_rows):
        batch = _Batch(replace, create=True)
        for facts in group:
            batch.add(facts)
        yield batch


def _merge_batch(group: list[ArticleFacts], replace: bool) -> _Batch:
    """The articles as one batch written through MERGE only (idempotent, whatever exists)."""
    batch = _Batch(replace, create=False)
    for facts in group:
        batch.add(facts)
    return batch


def _forget(batch: _Batch, written: dict[str, Actor | Location]) -> None:
    for key in (*batch.actors, *batch.locations):
        written.pop(key, None)


class GraphWriter:
    """Writes :class:`ArticleFacts` to a store through the batched statements above."""

    def __init__(self, store: Store, run_id: str | None = None, max_rows: int = DEFAULT_BATCH_ROWS) -> None:
        self.store = store
        self.run_id = run_id or new_run_id()
        self.max_rows = max_rows

    def write(
        self, items: Iterable[ArticleFacts], *, replace: bool = True, isolate: bool = False
    ) -> WriteStats:
        """Write articles in batches; each batch is one transaction.

        With ``replace`` (the default), events an article had before and no longer has are removed
        in the same transaction. The next batch is built (``items`` read) while the store runs the
        previous one, and sent once that one is written: at most two batches are read and not yet
        written. With ``isolate``, a batch the store refuses is split until the refused articles are
        alone (see the module docstring); without it the store's error is raised.
        """
        stats = WriteStats()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        written: dict[str, Actor | Location] = {}
        with ThreadPoolExecutor(max_workers=1) as sender:
            sent: tuple[_Batch, Future[Any]] | None = None
            for group in _groups(items, self.max_rows):
                batch = self._batch(group, replace, sent[0].ids if sent is not None else frozenset())
                statement = self._prepared(batch, now, written)
                if sent is not None and not self._finish(*sent, now, stats, isolate):
                    # The previous batch was split: the actors and places it was to write (which this
                    # one left out) may be missing. Send them again with this batch.
                    _forget(sent[0], written)
                    _forget(batch, written)
                    statement = self._prepared(batch, now, written)
                sent = batch, self._submit(sender, statement)
                stats.statements += 1
            if sent is not None:
                self._finish(*sent, now, stats, isolate)
        return stats

    def _batch(self, group: list[ArticleFacts], replace: bool, in_flight: Iterable[str]) -> _Batch:
        """The group's batch: an article not marked new that the store does not have (one pre-read
        of the group's ids, while the previous batch is written) is written as new, through CREATE and
        without stale-event removal. An article of the batch in flight is taken to exist. If one is
        written by another writer meanwhile, the CREATE fails and the batch is written again through
        MERGE (see :meth:`_finish`), with its stale events removed."""
        ids = [f.article.id for f in group if f.may_exist]
        absent: frozenset[str] = frozenset()
        if ids:
            found = {r["id"] for r in self.store.query(_EXISTING, {"ids": ids})}
            absent = frozenset(ids).difference(found, in_flight)
        batch = _Batch(replace, create=True, absent=absent)
        for facts in group:
            batch.add(facts)
        return batch

    def _statement(
        self, batch: _Batch, now: str, written: dict[str, Actor | Location] | None = None
    ) -> tuple[str, dict[str, Any] | None]:
        """(statement, parameters) for the store's ``query``, in the store's own form if it has one
        (FalkorDB: the parameters inlined as text, the slow part, done here and not in the sender).
        Actors and places already in ``written`` are left out, the batch's own are added to it."""
        params: dict[str, Any] = batch.params(written)
        if written is not None:
            written.update(batch.actors)
            written.update(batch.locations)
        kind = self.store.kind
        statement = batch_statement(
            params, intern=kind == "falkordb", keys=batch.event_keys(), fixed_plan=kind == "neo4j"
        )
        params.update(run_id=self.run_id, now=now)
        return self.store.prepare(statement, params)

    def _prepared(
        self, batch: _Batch, now: str, written: dict[str, Actor | Location]
    ) -> tuple[str, dict[str, Any] | None] | StoreError:
        """The batch's statement, or the store's refusal of a value before anything is sent."""
        try:
            return self._statement(batch, now, written)
        except StoreError as exc:
            return exc

    def _submit(
        self, sender: ThreadPoolExecutor, statement: tuple[str, dict[str, Any] | None] | StoreError
    ) -> Future[Any]:
        if isinstance(statement, StoreError):  # refused before sending: finished as a failed send
            refused: Future[Any] = Future()
            refused.set_exception(statement)
            return refused
        return sender.submit(self.store.query, *statement, write=True)

    def _finish(self, batch: _Batch, sent: Future[Any], now: str, stats: WriteStats, isolate: bool) -> bool:
        """Wait for a sent batch; True when it was written whole (as sent, or again through MERGE when
        an article taken for new existed), False when it had to be split."""
        try:
            sent.result()
            stats.add(batch)
            return True
        except StoreError as exc:
            error = exc
        if batch.creates:
            # An article taken for new may be there after all: write the batch the idempotent way.
            try:
                self._send(_merge_batch(batch.group, batch.replace), now, stats)
                return True
            except StoreError as exc:
                error = exc
        if not isolate:
            raise error
        self._isolate(batch.group, batch.replace, error, now, stats)
        return False

    def _send(self, batch: _Batch, now: str, stats: WriteStats) -> None:
        self.store.query(*self._statement(batch, now), write=True)
        stats.statements += 1
        stats.add(batch)

    def _isolate(
        self, group: list[ArticleFacts], replace: bool, error: StoreError, now: str, stats: WriteStats
    ) -> None:
        """Write the articles of a refused statement in halves, until each refused one is alone."""
        self._raise_if_unreachable(error)
        if len(group) == 1:
            stats.rejected.append(Rejected(group[0], str(error), not isinstance(error, DateRefused)))
            return
        half = len(group) // 2
        for part in (group[:half], group[half:]):
            try:
                self._send(_merge_batch(part, replace), now, stats)
            except StoreError as exc:
                self._isolate(part, replace, exc, now, stats)

    def _raise_if_unreachable(self, error: StoreError) -> None:
        """A store that cannot answer a trivial query did not refuse an article: it is down."""
        try:
            self.store.query("RETURN 1 AS ok")
        except StoreError:
            raise error from None

    def write_rows(self, statement: str, rows: list[dict[str, Any]], **params: Any) -> int:
        """Write plain rows through one ``UNWIND $rows AS row ...`` statement, in batches."""
        done = 0
        for start in range(0, len(rows), self.max_rows):
            chunk = rows[start : start + self.max_rows]
            self.store.query(statement, {"rows": chunk, "run_id": self.run_id, **params}, write=True)
            done += len(chunk)
        return done


def known_hashes(store: Store, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    rows = store.query(
        "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha, a.extractor AS ex",
        {"ids": ids},
    )
    return {r["id"]: (r["sha"], r["ex"]) for r in rows}
