"""``ingest --language fr|en``: every article of the given paths goes through that language's
pipeline, without detection; the Article node records it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictkg.cli.app import app
from conflictkg.graph.store import Store
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.sources.documents import RawDocument

pytestmark = [pytest.mark.store, pytest.mark.nlp]

FRENCH = " date 2021-03-02 Les forces turques ont bombardé Tripoli jeudi. La Russie a attaqué Syrte."


def graph_events(store: Store) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    languages = {r["lang"] for r in store.query("MATCH (a:Article) RETURN a.language AS lang")}
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event) OPTIONAL MATCH (e)-[:AT]->(l:Location) "
        "RETURN e.type AS t, a.id AS a, l.id AS l"
    )
    return languages, {(r["t"], r["a"], r["l"]) for r in rows}


def pipeline_events(text: str, language: str) -> set[tuple[str, str, str | None]]:
    (facts,) = NLPExtractor().extract([RawDocument("x.txt", text, language=language)])
    assert not isinstance(facts, Exception)
    return {(e.type, e.actor_id, e.location_id) for e in facts.events}


def test_forced_language_replaces_detection(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    article = tmp_path / "turquie.txt"
    article.write_text(FRENCH, encoding="utf-8")
    forced = CliRunner().invoke(app, [*cli_store_args, "ingest", "--language", "en", str(article)])
    assert forced.exit_code == 0, forced.output
    assert graph_events(store) == ({"en"}, pipeline_events(FRENCH, "en"))

    detected = CliRunner().invoke(app, [*cli_store_args, "ingest", str(article)])
    assert detected.exit_code == 0, detected.output
    french = pipeline_events(FRENCH, "fr")
    assert graph_events(store) == ({"fr"}, french)
    # "les forces turques": the state's military (war29b), "La Russie": the state
    assert {(t, a) for t, a, _ in french} == {
        ("FIGHT", "actor:military-forces-of-turkey"),
        ("FIGHT", "actor:russia"),
    }


def test_an_unsupported_language_is_refused(cli_store_args: list[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(FRENCH, encoding="utf-8")
    res = CliRunner().invoke(app, [*cli_store_args, "ingest", "--language", "de", str(article)])
    assert res.exit_code == 2
    assert "unsupported language 'de'; use one of fr, en" in res.output
