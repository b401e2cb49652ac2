"""Event F1 on every gold file: the seed's (../shared/eval/seed-gold.json) and ours (tests/gold/*.json),
or, with ``--set real``, the hand annotations of real texts (tests/gold/real/*.json, whose articles are
read from ../shared/eval/raw/ at run time).

Starts a fresh embedded FalkorDB in a temporary dir, ingests every gold article with the NLP
extractor (the default of ``conflictkg ingest``), scores it with ``conflictkg.evaluate`` and prints one
table: event P/R/F1 per article and the micro-average (sums of counts over articles), with the other
fact kinds' micro-averages below. Writes the whole report to ``eval/results/score_gold.json``.

    .venv/bin/python -m eval.score_gold [GOLD.json ...] [--set {ours,real}] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.evaluate import KINDS, Score, evaluate_store, ingest_gold, load_gold
from conflictkg.graph import embedded
from conflictkg.graph.open import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


GOLD_SETS = ("ours", "real")


def default_gold_files(gold_set: str = "ours") -> list[Path]:
    if gold_set == "real":
        return sorted((ROOT / "tests" / "gold" / "real").glob("*.json"))
    seed = SHARED / "eval" / "seed-gold.json"
    return ([seed] if seed.exists() else []) + sorted((ROOT / "tests" / "gold").glob("*.json"))


def _extractor() -> Any:
    try:
        from conflictkg.nlp.extractor import NLPExtractor
    except ImportError:
        return None  # ingest's default (article only): every score is then 0
    return NLPExtractor()


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _label(article: str) -> str:
    """An article's short name: the file's, or for a record of a corpus file its folder and id."""
    path = Path(article.partition("#")[0])
    record = article.partition("#")[2]
    if record:
        return f"{path.parent.name if path.suffix == '.json' else path.stem[:14]}#{record[:8]}"
    return path.name


def score(files: list[Path]) -> dict[str, Any]:
    extractor = _extractor()
    rows: list[dict[str, Any]] = []
    totals = {k: Score(k) for k in KINDS}
    by_lang: dict[str, dict[str, Score]] = {}
    by_file: dict[str, dict[str, Score]] = {}
    reports = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ckg-score-") as tmp:
        home = Path(tmp) / "falkordb"
        embedded.ensure_running(home)
        store = open_store(None, home=home)
        try:
            store.apply_schema()
            for path in files:
                gold = load_gold(path)
                urls, failed = ingest_gold(store, gold, extractor=extractor)
                failures += failed
                report = evaluate_store(store, gold, urls)
                reports.append(report.as_dict())
                for art in report.articles:
                    ev = art.scores["events"]
                    lang = next(a.language for a in gold.articles if a.article == art.article) or "?"
                    rows.append(
                        {
                            "gold": path.name,
                            "article": art.article,
                            "language": lang,
                            **{k: ev.as_dict()[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")},
                            "events_strict_f1": art.scores["events_strict"].as_dict()["f1"],
                        }
                    )
                    lang_totals = by_lang.setdefault(lang, {k: Score(k) for k in KINDS})
                    file_totals = by_file.setdefault(path.name, {k: Score(k) for k in KINDS})
                    for k, s in art.scores.items():
                        totals[k].add(s)
                        lang_totals[k].add(s)
                        file_totals[k].add(s)
        finally:
            store.close()
            embedded.stop(home)
    return {
        "articles": rows,
        "micro": {k: s.as_dict() for k, s in totals.items()},
        "micro_by_language": {lang: kinds["events"].as_dict() for lang, kinds in by_lang.items()},
        "micro_kinds_by_language": {
            lang: {k: s.as_dict() for k, s in kinds.items()} for lang, kinds in by_lang.items()
        },
        "micro_kinds_by_file": {
            name: {k: s.as_dict() for k, s in kinds.items()} for name, kinds in by_file.items()
        },
        "failures": failures,
        "reports": reports,
    }


def print_summary(result: dict[str, Any], console: Console) -> None:
    table = Table(title="Event extraction vs gold (events: actor + action family + target)")
    for col in ("gold file / article", "lang", "P", "R", "F1", "strict F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col in ("gold file / article", "lang") else "right")
    for r in result["articles"]:
        table.add_row(
            f"{r['gold']} {_label(r['article'])}", r["language"] or "",
            _fmt(r["precision"]), _fmt(r["recall"]), _fmt(r["f1"]),
            _fmt(r["events_strict_f1"]), str(r["tp"]), str(r["fp"]), str(r["fn"]),
        )  # fmt: skip
    m, ms = result["micro"]["events"], result["micro"]["events_strict"]
    table.add_section()
    table.add_row("micro-average", "", _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]), _fmt(ms["f1"]),
                  str(m["tp"]), str(m["fp"]), str(m["fn"]))  # fmt: skip
    for lang, s in sorted(result["micro_by_language"].items()):
        table.add_row(f"micro ({lang})", lang, _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]), "",
                      str(s["tp"]), str(s["fp"]), str(s["fn"]))  # fmt: skip
    by_file = result.get("micro_kinds_by_file", {})
    if len(by_file) > 1:
        for name, kinds in sorted(by_file.items()):
            s, strict = kinds["events"], kinds["events_strict"]["f1"]
            table.add_row(f"micro ({name})", "", _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]),
                          _fmt(strict), str(s["tp"]), str(s["fp"]), str(s["fn"]))  # fmt: skip
    console.print(table)
    if len(by_file) > 1:
        per_file = Table(title="Fact kinds by gold file (F1, tp/fp/fn)")
        per_file.add_column("gold file", justify="left")
        for kind in KINDS:
            per_file.add_column(kind, justify="right")
        for name, kinds in sorted(by_file.items()):
            cells = [f"{_fmt(s['f1'])} {s['tp']}/{s['fp']}/{s['fn']}" for s in (kinds[k] for k in KINDS)]
            per_file.add_row(name, *cells)
        console.print(per_file)
    by_lang = result["micro_kinds_by_language"]
    scopes = [("all articles", result["micro"])]
    if len(by_lang) > 1:
        scopes += [(f"language {lang}", kinds) for lang, kinds in sorted(by_lang.items())]
    for scope, scores in scopes:
        kinds = Table(title=f"Fact kinds (micro-average over {scope})")
        for col in ("kind", "P", "R", "F1", "R+implicit", "tp", "fp", "fn"):
            kinds.add_column(col, justify="left" if col == "kind" else "right")
        for kind, s in scores.items():
            kinds.add_row(kind, _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]),
                          _fmt(s["recall_implicit"]), str(s["tp"]), str(s["fp"]), str(s["fn"]))  # fmt: skip
        console.print(kinds)
    for f in result["failures"]:
        console.print(f"[red]not ingested[/red]: {f}", highlight=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "gold", nargs="*", type=Path, help="gold files (default: the seed's and tests/gold/*)"
    )
    parser.add_argument(
        "--set",
        dest="gold_set",
        choices=GOLD_SETS,
        default="ours",
        help="without GOLD files: 'ours' (the seed's and tests/gold/*) or 'real' (tests/gold/real/*)",
    )
    parser.add_argument("--out", type=Path, help="default: eval/results/score_gold[_real].json")
    args = parser.parse_args(argv)
    files = args.gold or default_gold_files(args.gold_set)
    suffix = "_real" if args.gold_set == "real" and not args.gold else ""
    out = args.out or ROOT / "eval" / "results" / f"score_gold{suffix}.json"
    if not files:
        print("no gold files found", file=sys.stderr)
        return 1
    t0 = time.monotonic()
    result = score(files)
    result["seconds"] = round(time.monotonic() - t0, 1)
    console = Console(width=max(120, Console().width))
    print_summary(result, console)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    console.print(f"{len(files)} gold files in {result['seconds']}s; report in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
