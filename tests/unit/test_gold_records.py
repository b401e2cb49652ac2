"""Gold articles that are one record of an ACLED file (``<file>.csv#<event_id_cnty>``), and resolution
from the project root. The CSV here is made up (ACLED's columns, invented rows)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.evaluate import (
    evaluate_store,
    ingest_gold,
    load_article_record,
    parse_gold,
    resolve_article_path,
    split_article,
)
from conflictkg.graph.store import Store

COLUMNS = ["event_id_cnty", "event_date", "event_type", "actor1", "notes"]
ROWS = [
    ["XYZ1", "9-May-20", "Battles", "Rebels", "On 9 May 2020, rebels attacked an army post in Alpha."],
    ["XYZ2", "2020-04-28", "Protests", "Protesters", "On 28 April 2020, protesters marched in Beta."],
    ["XYZ3", "1-May-20", "Protests", "Protesters", ""],
]


def _acled(path: Path, columns: list[str] = COLUMNS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows(row[: len(columns)] for row in ROWS)
    return path


def test_split_article() -> None:
    assert split_article("a/b.csv#XYZ1") == ("a/b.csv", "XYZ1")
    assert split_article("a/b.txt") == ("a/b.txt", None)
    assert split_article("a/b.txt#") == ("a/b.txt#", None)


def test_record_text_date_and_language(tmp_path: Path) -> None:
    path = _acled(tmp_path / "acled.csv")
    doc = load_article_record(path, "XYZ1", "acled.csv#XYZ1")
    assert (doc.origin, doc.text, doc.published, doc.language) == (
        "acled.csv#XYZ1",
        "On 9 May 2020, rebels attacked an army post in Alpha.",
        "2020-05-09",
        "en",
    )
    assert load_article_record(path, "XYZ2", "x").published == "2020-04-28"


@pytest.mark.parametrize(
    ("record_id", "columns", "message"),
    [
        ("XYZ9", COLUMNS, "no record 'XYZ9'"),
        ("XYZ3", COLUMNS, "no record 'XYZ3' with a text"),
        ("XYZ1", ["event_id_cnty", "event_date"], "not an ACLED file \\(no column notes\\)"),
    ],
)
def test_bad_record_says_why(tmp_path: Path, record_id: str, columns: list[str], message: str) -> None:
    path = _acled(tmp_path / "acled.csv", columns)
    with pytest.raises(InputError, match=message):
        load_article_record(path, record_id, "x")


def test_resolves_from_the_project_root(tmp_path: Path) -> None:
    project = tmp_path / "project"
    gold_dir = project / "tests" / "gold" / "real"
    gold_dir.mkdir(parents=True)
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    shared = _acled(tmp_path / "acled.csv")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    gold_path = gold_dir / "g.json"
    found = resolve_article_path(gold_path, "../acled.csv#XYZ1", cwd=elsewhere)
    assert found.resolve() == shared.resolve()
    with pytest.raises(InputError, match="not found"):
        resolve_article_path(gold_path, "../none.csv#XYZ1", cwd=elsewhere)


@pytest.mark.store
def test_ingest_gold_ingests_only_the_record(falkordb_store: Store, tmp_path: Path) -> None:
    falkordb_store.clear()
    falkordb_store.apply_schema()
    path = _acled(tmp_path / "acled.csv")
    gold = parse_gold(
        {
            "format": "conflictkg-gold/1",
            "articles": [
                {
                    "article": f"{path}#XYZ2",
                    "language": "en",
                    "actors": {"Protesters": {"aliases": ["protesters"]}},
                    "events": [{"actor": "Protesters", "action": "PROTEST"}],
                }
            ],
        },
        str(tmp_path / "g.json"),
    )
    urls, failures = ingest_gold(falkordb_store, gold)
    assert failures == []
    assert urls == {f"{path}#XYZ2": f"{path.resolve()}#XYZ2"}
    rows = falkordb_store.query("MATCH (a:Article) RETURN a.url AS url, a.published AS published")
    assert [(r["url"], r["published"]) for r in rows] == [(f"{path.resolve()}#XYZ2", "2020-04-28")]
    report = evaluate_store(falkordb_store, gold, urls)
    assert report.not_found == []
