"""The hand annotations of real texts (tests/gold/real/*.json): valid, and every article found.

Their texts stay under ../shared/eval/raw/ (licence: never copied into the project), so without
../shared these tests skip, except in CI (``CI=true``), where a missing article fails. No score floor
yet: ``python -m eval.score_gold --set real`` measures them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conflictkg.evaluate import load_article_record, load_gold, resolve_article_path, split_article
from conflictkg.evaluate.gold import Gold, GoldArticle

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REAL = sorted((ROOT / "tests" / "gold" / "real").glob("*.json"))
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
MAX_QUOTE = 400  # evidence quotes stay within the event's sentence


def _needs_shared() -> None:
    if not SHARED.is_dir() and not IN_CI:
        pytest.skip("no ../shared: the real gold's articles live under ../shared/eval/raw/")


def _text(gold: Gold, art: GoldArticle, cwd: Path) -> str:
    path = resolve_article_path(gold.path, art.article, cwd=cwd)
    record_id = split_article(art.article)[1]
    if record_id is None:
        return path.read_text(encoding="utf-8")
    doc = load_article_record(path, record_id, art.article, art.published)
    assert doc.published == art.published, art.article
    return doc.text


def _squash(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def test_the_real_gold_sets_exist() -> None:
    names = {"fr_wikinews_dev.json", "en_real.json", "en_re3d.json", "en_re3d_b.json", "en_re3d_c.json"}
    assert {p.name for p in REAL} >= names


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_gold_is_valid(path: Path) -> None:
    gold = load_gold(path)
    assert len(gold.articles) >= 15
    assert len({a.article for a in gold.articles}) == len(gold.articles), "an article is listed twice"
    for art in gold.articles:
        assert art.language in {"fr", "en"} and art.published, art.article
        assert art.article.startswith("../shared/eval/raw/"), art.article
        assert "wikinews_fr_2012" not in art.article, "the 2012 Wikinews set is held out for testing"
        assert any(not e.optional for e in art.events), f"{art.article}: no required event"
        for e in art.events:
            assert e.evidence and len(e.evidence) <= MAX_QUOTE, (art.article, e.evidence)


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_articles_resolve_and_quotes_are_theirs(path: Path, tmp_path: Path) -> None:
    """From any working dir (the project root is found above the gold file); every quote is the text's."""
    _needs_shared()
    gold = load_gold(path)
    for art in gold.articles:
        text = _squash(_text(gold, art, cwd=tmp_path))
        for e in art.events:
            for part in re.split(r"\s*\[\.\.\.\]\s*", e.evidence or ""):
                assert _squash(part) in text, f"{art.article}: {part!r}"
