"""End to end on the gold files: the NLP extractor, the embedded store and ``evaluate`` together.

Floors, not exact figures: the seed's event F1 target of the issue (0.75), the seed's key facts, and a
regression floor on our own gold articles (written without looking at the extractor's output).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conflictkg.evaluate import KINDS, Score, evaluate_store, ingest_gold, load_gold
from conflictkg.graph.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed-gold.json"
OUR_FLOOR = 0.35  # micro event F1 on tests/gold: fails if extraction regresses badly

pytestmark = [pytest.mark.nlp, pytest.mark.slow, pytest.mark.store]


@pytest.fixture
def nlp_store(falkordb_store: Store) -> Store:
    pytest.importorskip("conflictkg.nlp.extractor")
    falkordb_store.clear()
    falkordb_store.apply_schema()
    return falkordb_store


def _extractor() -> Any:
    from conflictkg.nlp.extractor import NLPExtractor

    return NLPExtractor()


def test_seed_targets(nlp_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    if not SEED_GOLD.exists():
        pytest.skip("no ../shared/eval/seed-gold.json")
    monkeypatch.chdir(ROOT)
    gold = load_gold(SEED_GOLD)
    urls, failures = ingest_gold(nlp_store, gold, extractor=_extractor())
    assert failures == []
    report = evaluate_store(nlp_store, gold, urls)
    art = report.articles[0]
    f1 = art.scores["events"].f1
    assert f1 is not None and f1 >= 0.75, art.as_dict()["missed"]
    missed_backs = {i.text for i in art.missed if i.kind == "backs"}
    assert "Turkey backs Government of National Accord" not in missed_backs


def test_our_gold_floor(nlp_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    total = {k: Score(k) for k in KINDS}
    ex = _extractor()
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = load_gold(path)
        urls, failures = ingest_gold(nlp_store, gold, extractor=ex)
        assert failures == [], path.name
        for art in evaluate_store(nlp_store, gold, urls).articles:
            for k, s in art.scores.items():
                total[k].add(s)
    f1 = total["events"].f1
    assert f1 is not None and f1 >= OUR_FLOOR, total["events"].as_dict()
