"""Scoring what the graph holds for an article against a hand annotation (format ``conflictkg-gold/1``).

Fact kinds and what makes a prediction match a gold item (always one-to-one, maximum matching):

- ``events``: actor + action + target. The predicted actor matches when its name or one of its
  aliases equals (after case/accent folding) the gold actor's name or an alias, or those of the
  person the statement came through (``via``). Actions match within a family (FIGHT/ASSAULT,
  ACCUSE/DISAPPROVE, REQUEST/DEMAND) or through ``alt_actions``; targets through ``alt_targets``
  (our extension, for "both sides" and the like). A gold event with ``target_implicit`` also accepts
  a prediction without a target.
  Modality: asserted and reported are both statements of fact and match a gold event whose
  modality is asserted or reported; a denied, hypothetical or threatened prediction matches only a
  gold event with that same modality. One the gold does not list that way is a correct
  non-assertion, not a false fact: it is left out of the event scores (neither a hit nor an extra).
- ``events_strict``: the same with the exact gold action and the gold actor itself (no ``via``).
- ``pairs``: distinct actor → target pairs of the events.
- ``locations``: distinct places of events, control changes and controls; a prediction matches by
  name/alias or when within ``coord_tolerance_km`` (default 25 km) of the gold coordinates. Places of
  the gold ``locations`` table that no fact uses are optional.
- ``backs``: backer → backed; predicted from asserted (or reported) SUPPORT / AID / COOPERATE
  events, as the query layer derives SUPPORTS.
- ``control_changes``: place + new controller (+ the previous one when the gold one is not
  ``from_implicit``); predicted from asserted (or reported) CAPTURE events (previous controller:
  the event's target, else who the article states held the place).
- ``controls``: actor + place, from the control claims the article states.

Gold items flagged ``optional`` are neither misses when absent nor false positives when predicted.
Items flagged ``implicit`` (inferred by a careful reader, not stated in one clause) are left out of
the main recall but count as correct when predicted; ``recall_implicit`` adds them to the denominator.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import Any

from conflictkg.evaluate.gold import (
    DEFAULT_TOLERANCE_KM,
    FAMILIES,
    GOLD_FORMAT,
    KINDS,
    OLD_NAMES,
    Gold,
    GoldArticle,
    GoldEvent,
    GoldFact,
    family,
    load_article_record,
    load_gold,
    parse_gold,
    resolve_article_path,
    split_article,
)
from conflictkg.evaluate.predicted import (
    Predicted,
    find_article_url,
    predicted_from_facts,
    predicted_from_rows,
    predicted_from_store,
)
from conflictkg.evaluate.scoring import ArticleReport, Item, Report, Score, score_article
from conflictkg.textkeys import fold

__all__ = [
    "DEFAULT_TOLERANCE_KM",
    "FAMILIES",
    "GOLD_FORMAT",
    "KINDS",
    "OLD_NAMES",
    "ArticleReport",
    "Gold",
    "GoldArticle",
    "GoldEvent",
    "GoldFact",
    "Item",
    "Predicted",
    "Report",
    "Score",
    "evaluate",
    "evaluate_store",
    "family",
    "find_article_url",
    "fold",
    "ingest_gold",
    "load_article_record",
    "load_gold",
    "parse_gold",
    "predicted_from_facts",
    "predicted_from_rows",
    "predicted_from_store",
    "resolve_article_path",
    "score_article",
    "split_article",
]


def evaluate(
    gold: Gold,
    predicted_for: Callable[[GoldArticle], tuple[str | None, Predicted]],
) -> Report:
    """Score every gold article; ``predicted_for`` says what the system holds for it (and its url).

    An article the system does not hold scores as all misses and is listed in ``not_found``.
    """
    report = Report(str(gold.path), [])
    for art in gold.articles:
        url, pred = predicted_for(art)
        if not pred.found:
            report.not_found.append(art.article)
        report.articles.append(score_article(art, pred, url))
    return report


def evaluate_store(store: Any, gold: Gold, ingested_as: dict[str, str] | None = None) -> Report:
    """Score what ``store`` holds for each gold article (found by the url it was ingested as)."""
    ingested_as = ingested_as or {}

    def predicted_for(art: GoldArticle) -> tuple[str | None, Predicted]:
        url = find_article_url(store, art.article, ingested_as.get(art.article))
        if url is None:
            return None, Predicted(found=False)
        return url, predicted_from_store(store, url)

    return evaluate(gold, predicted_for)


def ingest_gold(
    store: Any, gold: Gold, *, quarantine: Any = None, extractor: Any = None
) -> tuple[dict[str, str], list[str]]:
    """Ingest every gold article into ``store``; return {gold article: url in the graph} and failures.

    Paths resolve as :func:`resolve_article_path` says; an article under the working directory is
    ingested by its relative path (as a user would type it), others by their absolute path.
    """
    from conflictkg.jobs.ingest import ingest, iter_documents

    here = Path.cwd().resolve()
    urls: dict[str, str] = {}
    records = []  # ``file.csv#ID`` articles: one record each, not the whole file
    for art in gold.articles:
        path = resolve_article_path(gold.path, art.article).resolve()
        shown = str(path.relative_to(here)) if path.is_relative_to(here) else str(path)
        record_id = split_article(art.article)[1]
        if record_id is not None:
            shown += "#" + record_id
            records.append(load_article_record(path, record_id, shown, art.published))
        urls[art.article] = shown
    files = sorted({u for a, u in urls.items() if split_article(a)[1] is None})
    kwargs: dict[str, Any] = {"quarantine": quarantine}
    if extractor is not None:
        kwargs["extractor"] = extractor
    summary = ingest(store, chain(iter_documents(files), records), **kwargs)
    return urls, [f"{f.origin}: {f.reason}" for f in summary.failures]
