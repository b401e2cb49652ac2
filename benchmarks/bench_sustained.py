"""A sustained ingest: N article-length texts through the whole ``conflictkg ingest`` process.

``python -m benchmarks.bench_sustained [--articles 20000] [--workers 1] [--dask local] [--sample-s 10]``

Texts: article-length (300-700 words), built at run time from real sentences we may read but not
ship: the English ACLED notes and the French Wikinews texts under ``../shared/eval/raw/``, plus the
repository's ``seeds/`` and ``tests/gold/articles/``. Each article takes consecutive sentences of one
language from a seeded shuffle, so every text is distinct (no run skips it as unchanged) and reads
like news of the same kind (the French pool is small, ≈ 400 sentences: they recur in other orders,
which costs the extractor the same as new ones). They are written to one JSONL file (with a date, as
feeds give) and ingested by ``conflictkg ingest FILE.jsonl --log-format json`` into a private
embedded store, the command a scheduled job runs.

Sampled every ``--sample-s`` seconds: articles written so far (from the run's ``batch_written`` log
lines), the ingest process's RSS (with its worker processes) and the store server's RSS, and the
append-only file's size. Figures: articles/s over the run and per tenth of it (steady?), RSS first /
plateau / last / max (flat?), store bytes per article. Target: ≥ 8.5 articles/s (GDELT's daily flow
of ≈ 730k articles) on the machine the figures were taken on.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from benchmarks import ROOT, SHARED

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"«])")
ACLED = SHARED / "eval/raw/acled/rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv"
FRENCH = SHARED / "eval/raw/french_text/wikinews_fr_dev"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(" ".join(text.split())) if len(s.split()) >= 5]


def sentence_pools() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {"en": [], "fr": []}
    if ACLED.is_file():
        with ACLED.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                pools["en"].extend(_sentences(row.get("notes") or ""))
    if FRENCH.is_dir():
        for path in sorted(FRENCH.rglob("*.txt")):
            pools["fr"].extend(_sentences(path.read_text(encoding="utf-8")))
    for path in sorted([*(ROOT / "seeds").rglob("*.txt"), *(ROOT / "tests/gold/articles").rglob("*.txt")]):
        text = path.read_text(encoding="utf-8")
        lang = "fr" if re.search(r"\b(les|des|une|dans|avec)\b", text) else "en"
        pools[lang].extend(_sentences(text))
    return {lang: s for lang, s in pools.items() if s}


def articles(n: int, seed: int = 11) -> list[dict[str, Any]]:
    """``n`` distinct article records (JSONL rows), two thirds English, one third French."""
    rng = random.Random(seed)
    pools = sentence_pools()
    orders = {lang: rng.sample(s, len(s)) for lang, s in pools.items()}
    cursor = dict.fromkeys(pools, 0)
    out = []
    for i in range(n):
        lang = "fr" if "fr" in pools and (i % 3 == 2 or "en" not in pools) else "en"
        words, body = rng.randint(300, 700), []
        while sum(len(s.split()) for s in body) < words:
            order = orders[lang]
            body.append(order[cursor[lang] % len(order)])
            cursor[lang] += 1
            if cursor[lang] % len(order) == 0:  # a new pass: another order, so no text repeats
                orders[lang] = rng.sample(pools[lang], len(pools[lang]))
        day = 1 + i % 28
        out.append(
            {
                "url": f"bench://sustained/{i}",
                "title": body[0][:80],
                "text": "\n\n".join(" ".join(body[j : j + 4]) for j in range(0, len(body), 4)),
                "published": f"2021-03-{day:02d}",
                "language": lang,
            }
        )
    return out


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            if "redis" not in p.name():
                total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def _server_rss(home: Path) -> int:
    for p in psutil.process_iter(["name", "cmdline"]):
        try:
            if "redis" in (p.info["name"] or "") and str(home) in " ".join(p.info["cmdline"] or []):
                return int(p.memory_info().rss)
        except psutil.Error:
            pass
    return 0


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def run(n: int, workers: int, dask: str | None, sample_s: float, batch_size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="ckg-sustained-") as tmp:
        home = Path(tmp) / "home"
        feed = Path(tmp) / "articles.jsonl"
        t0 = time.perf_counter()
        records = articles(n)
        with feed.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        words = sum(len(r["text"].split()) for r in records)
        build_s = time.perf_counter() - t0
        cmd = [sys.executable, "-m", "conflictkg.cli", "--home", str(home), "ingest", str(feed)]
        cmd += ["--log-format", "json", "--batch-size", str(batch_size), "--workers", str(workers)]
        if dask:
            cmd += ["--dask", dask]
        written = [0]
        samples: list[dict[str, Any]] = []
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        watched = psutil.Process(proc.pid)

        def read_log() -> None:
            assert proc.stderr is not None
            for line in proc.stderr:
                if '"batch_written"' in line:
                    written[0] = int(json.loads(line).get("read", written[0]))

        reader = threading.Thread(target=read_log, daemon=True)
        reader.start()
        while proc.poll() is None:
            time.sleep(sample_s)
            try:
                rss = _tree_rss(watched)
            except psutil.Error:
                break
            if not rss:  # the process has just ended
                break
            samples.append(
                {
                    "t_s": round(time.perf_counter() - start, 1),
                    "articles": written[0],
                    "ingest_rss_mb": round(rss / 2**20, 1),
                    "server_rss_mb": round(_server_rss(home) / 2**20, 1),
                    "store_mb": round(_dir_bytes(home / "falkordb") / 2**20, 1),
                }
            )
            print(json.dumps(samples[-1]), file=sys.stderr, flush=True)  # a stopped run keeps its samples
        proc.wait()
        reader.join(timeout=10)
        total_s = time.perf_counter() - start
        store_bytes = _dir_bytes(home / "falkordb")
        subprocess.run(
            [sys.executable, "-m", "conflictkg.cli", "--home", str(home), "store", "stop"], check=False
        )
    return summarize(n, words, build_s, total_s, proc.returncode, samples, store_bytes, workers, dask)


def summarize(
    n: int, words: int, build_s: float, total_s: float, code: int | None, samples: list[dict[str, Any]],
    store_bytes: int, workers: int, dask: str | None,
) -> dict[str, Any]:  # fmt: skip
    rss = [s["ingest_rss_mb"] for s in samples] or [0.0]
    tenth = max(1, len(samples) // 10)
    rates = []
    for i in range(0, len(samples) - tenth, tenth):  # articles/s in each tenth of the run
        a, b = samples[i], samples[i + tenth]
        rates.append(round((b["articles"] - a["articles"]) / max(1e-9, b["t_s"] - a["t_s"]), 2))
    return {
        "articles": n,
        "words": words,
        "workers": workers,
        "dask": dask,
        "exit": code,
        "texts_build_s": round(build_s, 1),
        "total_s": round(total_s, 1),
        "articles_per_s": round(n / total_s, 2),
        "articles_per_s_by_tenth": rates,
        "target_articles_per_s": 8.5,
        "ingest_rss_mb": {
            "first": rss[0],
            "plateau": statistics.median(rss[tenth : 2 * tenth] or rss),
            "last": rss[-1],
            "max": max(rss),
        },
        "server_rss_mb_last": samples[-1]["server_rss_mb"] if samples else None,
        "store_bytes_per_article": round(store_bytes / n) if n else None,
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--dask", default=None, help="local or tcp://HOST:8786 (ingest --dask)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--sample-s", type=float, default=10.0)
    ap.add_argument("--keep-samples", action="store_true", help="print every sample, not only the figures")
    args = ap.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    out = run(args.articles, args.workers, args.dask, args.sample_s, args.batch_size)
    if not args.keep_samples:
        out["samples"] = out["samples"][:: max(1, len(out["samples"]) // 20)]
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
