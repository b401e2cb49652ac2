"""New events are CREATEd with all their properties from flat rows (issue 16, item 1): the graph is
the one the MERGE path writes, property for property, on both stores, including extra fields (one
whose name needs quoting, one with a number where an interned property has a string, one with a
reserved name), strings an article repeats, and events without target or place."""

from __future__ import annotations

from typing import Any

from conflictkg.graph.store import Store
from conflictkg.graph.write_statements import COLUMN, NEW_EVENTS, EventKeys, batch_statement
from conflictkg.graph.writer import GraphWriter, _batches
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location

NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id"
RELS = "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b"

RIVER = Actor("actor:river-front", "River Front", "armed_group", "XYZ")
HILL = Actor("actor:hill-guard", "Hill Guard", "armed_group", "XYZ")
FERRY = Location("loc:ferry", "Ferry Landing", "town", "XYZ", 4.5, 7.25)


def _article(n: int, events: list[Event], new: bool) -> ArticleFacts:
    art = Article(id=f"art:c29-{n}", url=f"c29/{n}.txt", text="...", sha256=f"c29{n}", published="2022-07-01",
                  language="en", source="text", extractor="test/29")  # fmt: skip
    return ArticleFacts(
        article=art, actors=[RIVER, HILL], locations=[FERRY], events=events, may_exist=not new
    )


def _event(n: int, said: str, **kw: Any) -> Event:
    fields: dict[str, Any] = {"type": "FIGHT", "actor_id": RIVER.id, "target_id": HILL.id,
                              "location_id": FERRY.id, "date": "2022-06-30", "date_precision": "day",
                              "confidence": 0.6, "summary": "River Front fought Hill Guard"}  # fmt: skip
    fields.update(kw)
    return Event(id=f"ev:c29-{n}", evidence=Evidence(said, 0, len(said), said[4:10]), **fields)


def _items(new: bool) -> list[ArticleFacts]:
    one = "The River Front shelled the Hill Guard at the ferry landing on Thursday."
    two = "Hill Guard fighters marched through the landing, a resident said."
    return [
        _article(1, [
            _event(1, one, extra={"casualties": 4, "weapon kind": "mortar", "verified": True}),
            _event(2, one, type="ASSAULT", location_id=None, cameo="190"),  # same sentence and summary
            _event(3, two, type="PROTEST", actor_id=HILL.id, target_id=None, location_id=None, date=None,
                   date_precision=None, summary="", modality="reported"),
        ], new),
        _article(2, [_event(4, two, type="MOBILIZE", actor_id=HILL.id, target_id=None,
                            extra={"date_precision": 2, "source_rank": 1.5})], new),
        _article(3, [_event(5, one, extra={"_actor": "x", "note": "kept"})], new),  # a reserved name
    ]  # fmt: skip


def _graph(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    nodes = [
        {"labels": r["labels"], "props": {k: v for k, v in r["props"].items() if k != "ingested_at"}}
        for r in store.query(NODES)
    ]
    return nodes, store.query(RELS)


def test_create_from_flat_rows_writes_the_graph_merge_writes(store: Store) -> None:
    GraphWriter(store, run_id="run:c29").write(_items(new=False), replace=False)  # MERGE
    merged = _graph(store)
    store.clear()
    store.apply_schema()
    batch = next(_batches(_items(new=True), False, 5000))
    assert {"new_articles", "articles", "events", *NEW_EVENTS.values()} <= set(batch.params())
    GraphWriter(store, run_id="run:c29").write(_items(new=True), replace=False)  # CREATE (but art 3)
    created = _graph(store)
    assert created == merged
    events = {n["props"]["id"]: n["props"] for n in created[0] if n["labels"] == ["Event"]}
    assert {k: events["ev:c29-1"].get(k) for k in ("casualties", "weapon kind", "verified")} == {
        "casualties": 4, "weapon kind": "mortar", "verified": True,
    }  # fmt: skip
    assert (events["ev:c29-4"]["date_precision"], events["ev:c29-4"]["source_rank"]) == (2, 1.5)
    assert events["ev:c29-5"]["_actor"] == "x"
    assert "cameo" not in events["ev:c29-1"] and "date" not in events["ev:c29-3"]
    # Written again, not marked new: the MERGE path finds everything as it is.
    GraphWriter(store, run_id="run:later").write(_items(new=False), replace=False)
    assert _graph(store) == merged


def test_the_create_pattern_sets_nothing_after_it_and_lists_the_batch_keys() -> None:
    batch = next(_batches(_items(new=True), False, 5000))
    keys = batch.event_keys()
    assert keys.keys[-4:] == ("casualties", "source_rank", "verified", "weapon kind")
    assert keys.not_interned == {"date_precision"}
    for part in NEW_EVENTS.values():
        for intern in (False, True):
            text = batch_statement([part], intern=intern, keys=keys)
            assert " SET " not in text and " MERGE " not in text
            # Flat rows are lists (write_statements.COLUMNS); an extra field is in the last column's map.
            assert f"`weapon kind`: row[{COLUMN['_extra']}].`weapon kind`" in text
    text = batch_statement(["new_events"], intern=True, keys=keys)
    assert f"date_precision: row[{COLUMN['date_precision']}]," in text
    assert f"type: intern(row[{COLUMN['type']}])" in text
    assert "date_precision: intern(" in batch_statement(["new_events"], intern=True, keys=EventKeys())
