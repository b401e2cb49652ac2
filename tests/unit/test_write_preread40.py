"""The default write reads which of its articles the store has (one read a batch): an article not
marked new that the store lacks is written as new (CREATE, no stale-event removal); one the store has,
or one of the batch in flight, keeps the MERGE path and its stale-event removal."""

from __future__ import annotations

from typing import Any

from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, event_id


class _Store:
    """A store that has the articles ``known``, answers the writer's pre-read, keeps what it is sent."""

    kind = "neo4j"

    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.reads: list[list[str]] = []
        self.writes: list[dict[str, Any]] = []

    def prepare(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[str, dict[str, Any] | None]:
        return cypher, params

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[Any]:
        if not write:
            self.reads.append(list((params or {})["ids"]))
            return [{"id": i} for i in self.reads[-1] if i in self.known]
        self.writes.append(params or {})
        return [{"done": 1}]


def _facts(n: int, may_exist: bool = True, town: str = "Harlow") -> ArticleFacts:
    art = Article(id=f"art:{n}", url=f"a{n}.txt", text="...", sha256=f"s{n}")
    miners = Actor("actor:miners", "Miners", "group", "XXB")
    ev = Event(
        id=event_id(art.id, "PROTEST", miners.id, "", n),
        type="PROTEST",
        actor_id=miners.id,
        evidence=Evidence(f"The miners marched through {town}.", 0, 10, "marched"),
    )
    return ArticleFacts(art, [miners], [], [ev], may_exist=may_exist)


def _parts(params: dict[str, Any]) -> dict[str, list[str]]:
    """Each write part's article ids (an article row's first cell, a stale row's article)."""
    out: dict[str, list[str]] = {}
    for name in ("new_articles", "articles"):
        out[name] = [row[0] for row in params.get(name, [])]
    out["stale"] = [row["article"] for row in params.get("stale", [])]
    return out


def test_an_absent_article_is_created_and_a_known_one_merged_with_its_stale_events_removed() -> None:
    store = _Store(known={"art:2"})
    GraphWriter(store, run_id="run:t").write([_facts(1), _facts(2), _facts(3, may_exist=False)])  # type: ignore[arg-type]
    assert store.reads == [["art:1", "art:2"]]  # an article marked new is not looked up
    assert [_parts(p) for p in store.writes] == [
        {"new_articles": ["art:1", "art:3"], "articles": ["art:2"], "stale": ["art:2"]}
    ]


def test_an_article_of_the_batch_in_flight_keeps_the_merge_path() -> None:
    store = _Store(known=set())
    first, again = _facts(4), _facts(4, town="Leeds")
    GraphWriter(store, run_id="run:t").write([first, again, _facts(5)])  # type: ignore[arg-type]
    assert store.reads == [["art:4"], ["art:4", "art:5"]]
    assert [_parts(p) for p in store.writes] == [
        {"new_articles": ["art:4"], "articles": [], "stale": []},
        {"new_articles": ["art:5"], "articles": ["art:4"], "stale": ["art:4"]},
    ]


def test_without_replace_an_absent_article_is_created_too() -> None:
    store = _Store(known={"art:7"})
    GraphWriter(store, run_id="run:t").write([_facts(6), _facts(7)], replace=False)  # type: ignore[arg-type]
    assert [_parts(p) for p in store.writes] == [
        {"new_articles": ["art:6"], "articles": ["art:7"], "stale": []}
    ]
