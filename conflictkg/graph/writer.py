"""The one write path: batched, idempotent ``UNWIND $rows AS row MERGE ...`` statements.

A batch of whole articles becomes a single statement (its parts chained with
``WITH count(*) AS _``, which always yields one row, so an empty part never stops the next). One
statement is one transaction on every store, so an article is written whole or not at all, and an
article that changed has its stale events removed in the same transaction that writes the new ones.
Ids are deterministic, ``MERGE`` finds what exists, and ``run_id`` is set only on creation: writing
the same facts twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from conflictkg.graph.model import ArticleFacts
from conflictkg.graph.store import Store

DEFAULT_BATCH_ROWS = 5000

_PARTS: dict[str, str] = {
    "articles": (
        "UNWIND $articles AS row MERGE (n:Article {id: row.id}) "
        "ON CREATE SET n.run_id = $run_id, n.ingested_at = $now SET n += row.props"
    ),
    "stale": (
        # `e` stays unlabelled so FalkorDB anchors on the Article index, not a scan of every Event.
        "UNWIND $stale AS row MATCH (:Article {id: row.article})<-[:REPORTED_IN]-(e) "
        "WHERE NOT e.id IN row.keep DETACH DELETE e "
        # Kept events may now point elsewhere: their target and place edges are laid again below.
        "WITH count(*) AS _ UNWIND $stale AS row "
        "MATCH (:Article {id: row.article})<-[:REPORTED_IN]-(e)-[r:AT|TARGET]->() DELETE r"
    ),
    "stale_controls": (
        "UNWIND $stale_controls AS row MATCH ()-[c:CONTROLS {article: row.article}]->() DELETE c"
    ),
    "actors": (
        "UNWIND $actors AS row MERGE (n:Actor {id: row.id}) "
        "ON CREATE SET n.run_id = $run_id SET n += row.props"
    ),
    "locations": (
        "UNWIND $locations AS row MERGE (n:Location {id: row.id}) "
        "ON CREATE SET n.run_id = $run_id SET n += row.props"
    ),
    "events": (
        "UNWIND $events AS row MERGE (e:Event {id: row.id}) "
        "ON CREATE SET e.run_id = $run_id SET e += row.props "
        "WITH e, row MATCH (a:Actor {id: row.actor}) MERGE (a)-[:ACTOR]->(e) "
        "WITH e, row MATCH (art:Article {id: row.article}) MERGE (e)-[r:REPORTED_IN]->(art) "
        "SET r += row.evidence"
    ),
    "targets": (
        "UNWIND $targets AS row MATCH (e:Event {id: row.event}) MATCH (t:Actor {id: row.target}) "
        "MERGE (e)-[:TARGET]->(t)"
    ),
    "places": (
        "UNWIND $places AS row MATCH (e:Event {id: row.event}) MATCH (l:Location {id: row.location}) "
        "MERGE (e)-[:AT]->(l)"
    ),
    "members": (
        "UNWIND $members AS row MATCH (p:Actor {id: row.person}) MATCH (o:Actor {id: row.org}) "
        "MERGE (p)-[m:MEMBER_OF]->(o) SET m.role = row.role"
    ),
    "controls": (
        "UNWIND $controls AS row MATCH (a:Actor {id: row.actor}) MATCH (l:Location {id: row.location}) "
        "MERGE (a)-[c:CONTROLS {article: row.article}]->(l) SET c += row.props"
    ),
}


def batch_statement(parts: Iterable[str]) -> str:
    """The statement that writes the given parts, in a fixed order, as one transaction."""
    wanted = set(parts)
    chosen = [text for name, text in _PARTS.items() if name in wanted]
    return " WITH count(*) AS _ ".join(chosen) + " RETURN count(*) AS done"


ALL_PARTS_STATEMENT = batch_statement(_PARTS)


@dataclass
class WriteStats:
    articles: int = 0
    events: int = 0
    actors: int = 0
    locations: int = 0
    statements: int = 0


def new_run_id() -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"run:{now}-{uuid.uuid4().hex[:8]}"


def _rows(facts: ArticleFacts, replace: bool) -> dict[str, list[dict[str, Any]]]:
    art = facts.article
    replace = replace and facts.may_exist
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [{"id": art.id, "props": art.props()}],
        "stale": [{"article": art.id, "keep": [e.id for e in facts.events]}] if replace else [],
        "stale_controls": [{"article": art.id}] if replace else [],
        "actors": [{"id": a.id, "props": a.props()} for a in facts.actors],
        "locations": [{"id": loc.id, "props": loc.props()} for loc in facts.locations],
        "events": [
            {
                "id": e.id,
                "props": e.props(),
                "actor": e.actor_id,
                "article": art.id,
                "evidence": e.evidence.props(),
            }
            for e in facts.events
        ],
        "targets": [{"event": e.id, "target": e.target_id} for e in facts.events if e.target_id],
        "places": [{"event": e.id, "location": e.location_id} for e in facts.events if e.location_id],
        "members": [{"person": m.person_id, "org": m.org_id, "role": m.role} for m in facts.memberships],
        "controls": [
            {
                "actor": c.actor_id,
                "location": c.location_id,
                "article": art.id,
                "props": {
                    "kind": "stated",
                    "since": c.date,
                    "since_precision": c.date_precision,
                    "confidence": c.confidence,
                    **c.evidence.props(),
                },
            }
            for c in facts.controls
        ],
    }
    return rows


def _size(rows: dict[str, list[dict[str, Any]]]) -> int:
    return sum(len(v) for v in rows.values())


def _batches(
    items: Iterable[ArticleFacts], replace: bool, max_rows: int
) -> Iterator[tuple[list[ArticleFacts], dict[str, list[dict[str, Any]]]]]:
    group: list[ArticleFacts] = []
    merged: dict[str, list[dict[str, Any]]] = {name: [] for name in _PARTS}
    for facts in items:
        rows = _rows(facts, replace)
        if group and _size(merged) + _size(rows) > max_rows:
            yield group, merged
            group, merged = [], {name: [] for name in _PARTS}
        group.append(facts)
        for name, part in rows.items():
            merged[name].extend(part)
    if group:
        yield group, merged


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the last row for each id (an actor named in several articles of one batch)."""
    seen: dict[str, dict[str, Any]] = {}
    for row in rows:
        seen[row["id"]] = row
    return list(seen.values())


class GraphWriter:
    """Writes :class:`ArticleFacts` to a store through the batched statements above."""

    def __init__(self, store: Store, run_id: str | None = None, max_rows: int = DEFAULT_BATCH_ROWS) -> None:
        self.store = store
        self.run_id = run_id or new_run_id()
        self.max_rows = max_rows

    def write(self, items: Iterable[ArticleFacts], *, replace: bool = True) -> WriteStats:
        """Write articles in batches; each batch is one transaction.

        With ``replace`` (the default), events an article had before and no longer has are removed
        in the same transaction.
        """
        stats = WriteStats()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for group, rows in _batches(items, replace, self.max_rows):
            for name in ("actors", "locations"):
                rows[name] = _dedupe(rows[name])
            present = [name for name, part in rows.items() if part]
            params: dict[str, Any] = {name: rows.get(name, []) for name in _PARTS}
            params.update(run_id=self.run_id, now=now)
            self.store.query(batch_statement(present), params, write=True)
            stats.statements += 1
            stats.articles += len(group)
            stats.events += len(rows["events"])
            stats.actors += len(rows["actors"])
            stats.locations += len(rows["locations"])
        return stats

    def write_rows(self, statement: str, rows: list[dict[str, Any]], **params: Any) -> int:
        """Write plain rows through one ``UNWIND $rows AS row ...`` statement, in batches."""
        done = 0
        for start in range(0, len(rows), self.max_rows):
            chunk = rows[start : start + self.max_rows]
            self.store.query(statement, {"rows": chunk, "run_id": self.run_id, **params}, write=True)
            done += len(chunk)
        return done
