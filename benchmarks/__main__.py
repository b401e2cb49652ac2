"""``python -m benchmarks run [--quick] [--store URI] [--sizes 10000,100000,1000000] [--out FILE]``.

Runs every measure on a private embedded FalkorDB (a temporary data dir, stopped at the end) and,
with ``--store URI``, the write and query measures on that store too, side by side. ``--store``
EMPTIES the graph it points at: give it a throw-away server. Prints a table and writes JSON.
A measure whose code is missing from this checkout is reported as not available with the reason.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import logging
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import psutil

from benchmarks import (
    ROOT,
    bench_ingest,
    bench_memory,
    bench_query,
    bench_write,
    fresh,
    not_available,
    private_embedded,
)
from conflictkg.errors import ConflictKGError
from conflictkg.graph.open import Neo4jAuth, open_store
from conflictkg.graph.store import Store


@dataclass
class Config:
    write_events: int
    write_budget_s: float
    profile_events: int
    sizes: list[int]
    repeats: int
    ingest_docs: int
    rss_articles: int


QUICK = Config(20_000, 10.0, 10_000, [10_000], 5, 12, 2_000)
# every measure on tiny sizes, to check in CI that each figure is produced; its figures mean nothing
SMOKE = Config(2_000, 5.0, 1_000, [1_000], 2, 4, 400)
FULL = Config(200_000, 90.0, 100_000, [10_000, 100_000, 1_000_000], 15, 120, 10_000)


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "commit": commit,
    }


def guarded(name: str, fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run one measure; a failure becomes a reported result, never a crash of the whole run."""
    print(f"[bench] {name} …", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        out = fn()
    except Exception as exc:
        traceback.print_exc()
        out = not_available(f"failed: {type(exc).__name__}: {exc}")
    out.setdefault("available", True)
    out["bench_seconds"] = round(time.perf_counter() - t0, 1)
    print(f"[bench] {name} done in {out['bench_seconds']} s", file=sys.stderr, flush=True)
    return out


def import_acled(quick: bool) -> dict[str, Any]:
    try:
        mod = importlib.import_module("benchmarks.import_acled")
    except ImportError as exc:
        return not_available(f"benchmarks/import_acled.py is not importable: {exc}")
    result = mod.run(quick=quick)
    if isinstance(result, dict) and result.get("skipped"):
        return not_available(str(result["skipped"]))
    return dict(result)


def other_store(uri: str) -> Store:
    auth = Neo4jAuth(
        os.environ.get("NEO4J_USERNAME", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", ""),
        os.environ.get("NEO4J_DATABASE") or None,
    )
    return open_store(uri, neo4j_auth=auth)


def run(args: argparse.Namespace, out: Path | None = None) -> dict[str, Any]:
    """Every measure; the JSON is rewritten after each one (and each query size), so a long run
    that is stopped still leaves the figures measured so far."""
    cfg = SMOKE if args.smoke else QUICK if args.quick else FULL
    if args.sizes:
        cfg = replace(cfg, sizes=[int(s) for s in args.sizes.split(",") if s.strip()])
    if args.write_events:
        cfg = replace(cfg, write_events=args.write_events)
    if args.repeats:
        cfg = replace(cfg, repeats=args.repeats)
    only = set(args.only.split(",")) if args.only else None
    local = not args.no_embedded

    def wanted(name: str) -> bool:
        return only is None or name in only

    results: dict[str, Any] = {
        "machine": machine(),
        "quick": args.quick or args.smoke,
        "config": asdict(cfg),
        "measures": {},
    }
    measures = results["measures"]
    t_start = time.perf_counter()

    def save() -> None:
        results["total_seconds"] = round(time.perf_counter() - t_start, 1)
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(results, indent=1, default=str))

    def measure(name: str, fn: Callable[[], dict[str, Any]]) -> None:
        measures[name] = guarded(name, fn)
        save()

    def partial(name: str) -> Callable[[int, dict[str, Any]], None]:
        def on_size(size: int, fig: dict[str, Any]) -> None:
            _progress(size, fig)
            results.setdefault("partial", {}).setdefault(name, {})[str(size)] = fig
            save()

        return on_size

    if local and (wanted("write") or wanted("memory") or wanted("ingest")):
        with private_embedded() as emb:
            if wanted("write"):
                measure(
                    "write/embedded", lambda: bench_write.run(emb.store, cfg.write_events, cfg.write_budget_s)
                )
                measure("write_profile/embedded", lambda: _profile(emb, cfg))
            if wanted("memory"):
                measure("memory/embedded", lambda: bench_memory.run(emb, cfg.rss_articles))
            if wanted("ingest"):
                measure("ingest/embedded", lambda: bench_ingest.run(emb.store, cfg.ingest_docs, [1, 2]))
    if local and wanted("import_acled"):
        measure("import_acled", lambda: import_acled(args.quick or args.smoke))
    if local and wanted("query"):
        with private_embedded() as emb:  # a fresh server: a clean memory baseline
            measure(
                "query/embedded",
                lambda: bench_query.run(
                    emb.store,
                    cfg.sizes,
                    cfg.repeats,
                    emb=emb,
                    on_size=partial("query/embedded"),
                ),
            )
    if args.store:
        try:
            store = other_store(args.store)
        except ConflictKGError as exc:
            measures["store"] = not_available(f"cannot open {args.store}: {exc}")
        else:
            kind = store.kind
            try:
                if wanted("write"):
                    measure(
                        f"write/{kind}", lambda: bench_write.run(store, cfg.write_events, cfg.write_budget_s)
                    )
                if wanted("query"):
                    measure(
                        f"query/{kind}",
                        lambda: bench_query.run(
                            store, cfg.sizes, cfg.repeats, on_size=partial(f"query/{kind}")
                        ),
                    )
            finally:
                fresh(store)
                store.close()
    results.pop("partial", None)
    save()
    return results


def _profile(emb: Any, cfg: Config) -> dict[str, Any]:
    from falkordb import FalkorDB

    from benchmarks.synthetic import Spec, generate

    client = FalkorDB(unix_socket_path=str(emb.home / "falkordb.sock"))
    try:
        graph = client.select_graph("conflictkg")
        return bench_write.profile_insert(emb.store, graph, list(generate(Spec(cfg.profile_events))))
    finally:
        client.close()


def _progress(size: int, fig: dict[str, Any]) -> None:
    print(f"[bench]   {size:,} events loaded and queried", file=sys.stderr, flush=True)


# --- printing ---------------------------------------------------------------------------------------


def flatten(prefix: str, value: Any, out: list[tuple[str, Any]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "plan":
                continue
            flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    else:
        out.append((prefix, value))


def query_table(measures: dict[str, Any]) -> list[str]:
    """Median / p95 ms per query case and size, one column per store."""
    stores = [k.split("/", 1)[1] for k in measures if k.startswith("query/") and measures[k].get("available")]
    if not stores:
        return []
    lines = ["", "query latency, median / p95 ms (rows)"]
    sizes = [k for k in measures[f"query/{stores[0]}"] if k.isdigit()]
    for size in sizes:
        lines.append(f"  {int(size):,} events")
        cases = measures[f"query/{stores[0]}"][size]["queries"]
        for case in cases:
            cells = []
            for st in stores:
                q = measures[f"query/{st}"].get(size, {}).get("queries", {}).get(case, {})
                if "median_ms" in q:
                    idx = (
                        "" if "plan_uses_index" not in q else (" idx" if q["plan_uses_index"] else " NO-IDX")
                    )
                    cells.append(f"{st}: {q['median_ms']:9.2f} / {q['p95_ms']:9.2f} ({q['rows']}){idx}")
                else:
                    cells.append(f"{st}: {q.get('error', 'n/a')[:60]}")
            lines.append(f"    {case:36s} " + "   ".join(cells))
    return lines


def print_table(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"conflictkg benchmarks {'(quick)' if results['quick'] else '(full)'} — {m['date']}, {m['cpu']}, "
          f"{m['nproc']} CPUs, {m['ram_gb']} GB RAM, load {m['load_avg_at_start']}")  # fmt: skip
    for name, fig in results["measures"].items():
        print(f"\n== {name}")
        if not fig.get("available", True):
            print(f"   not available: {fig.get('reason')}")
            continue
        rows: list[tuple[str, Any]] = []
        flatten("", {k: v for k, v in fig.items() if not (name.startswith("query/") and k.isdigit())}, rows)
        if name.startswith("query/"):
            for size, f in fig.items():
                if size.isdigit():
                    flatten(size, {k: v for k, v in f.items() if k != "queries"}, rows)
        for key, value in rows:
            print(f"   {key:55s} {value}")
    for line in query_table(results["measures"]):
        print(line)


# --- markdown report ---------------------------------------------------------------------------------


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.1f}" if abs(v) >= 100 else f"{v:.3g}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def report(paths: list[Path]) -> str:
    """Markdown tables from one or more results files (their measures merged, first file wins)."""
    runs = [json.loads(p.read_text()) for p in paths]
    measures: dict[str, Any] = {}
    for r in runs:
        for k, v in r["measures"].items():
            measures.setdefault(k, v)
        for k, sizes in r.get("partial", {}).items():  # a run stopped during the query measure
            merged = measures.setdefault(k, {"available": True})
            for size, fig in sizes.items():
                merged.setdefault(size, fig)
    lines = []
    for p, r in zip(paths, runs, strict=True):
        m = r["machine"]
        lines.append(
            f"- `{p.name}`: {m['date']}, commit {m.get('commit') or '?'}, {m['cpu']}, {m['nproc']} CPUs, "
            f"{m['ram_gb']} GB RAM, load average at start {m['load_avg_at_start']}, "
            f"{'quick' if r['quick'] else 'full'}, {r.get('total_seconds', '?')} s"
        )
    writes = {
        k.split("/", 1)[1]: v for k, v in measures.items() if k.startswith("write/") and v.get("available")
    }
    if writes:
        lines += ["", "Writes (events/s; ratio to the bare CREATE baseline of the same run):", ""]
        lines.append("| figure | " + " | ".join(writes) + " |")
        lines.append("|---|" + "---|" * len(writes))
        keys = [k for k in next(iter(writes.values())) if k not in ("available", "bench_seconds")]
        for key in keys:
            lines.append(f"| {key} | " + " | ".join(_fmt(w.get(key, "")) for w in writes.values()) + " |")
    stores = [k.split("/", 1)[1] for k in measures if k.startswith("query/") and measures[k].get("available")]
    if stores:
        sizes = sorted({s for st in stores for s in measures[f"query/{st}"] if s.isdigit()}, key=int)
        for size in sizes:
            lines += ["", f"Queries at {int(size):,} events — median / p95 ms (rows):", ""]
            head = "| query | " + " | ".join(stores) + " | target (1M) |"
            lines += [head, "|---|" + "---|" * (len(stores) + 1)]
            per = {st: measures[f"query/{st}"].get(size) for st in stores}
            cases = next(v["queries"] for v in per.values() if v)
            for case in cases:
                cells = []
                for st in stores:
                    q = (per[st] or {}).get("queries", {}).get(case)
                    if q is None:
                        cells.append("—")
                    elif "median_ms" in q:
                        idx = (
                            " ✓idx"
                            if q.get("plan_uses_index") == 1
                            else (" ✗idx" if "plan_uses_index" in q else "")
                        )
                        cells.append(f"{_fmt(q['median_ms'])} / {_fmt(q['p95_ms'])} ({q['rows']:,}){idx}")
                    else:
                        cells.append(f"error: {q.get('error', '?')[:60]}")
                target = bench_query.TARGETS_MS.get(case)
                lines.append(
                    f"| {case} | " + " | ".join(cells) + f" | {'≤ ' + _fmt(target) if target else ''} |"
                )
            extra = []
            for st in stores:
                f = per[st] or {}
                bits = [f"{k} {_fmt(v)}" for k, v in f.items() if k not in ("queries", "targets_met")]
                if bits:
                    extra.append(f"{st}: " + ", ".join(bits))
            lines += [""] + [f"- {e}" for e in extra]
    for name in ("write_profile/embedded", "memory/embedded", "ingest/embedded"):
        block = measures.get(name)
        if block:
            lines += ["", f"{name}:", ""]
            if not block.get("available", True):
                lines.append(f"not available: {block.get('reason')}")
            else:
                flat: list[tuple[str, Any]] = []
                flatten("", {k: v for k, v in block.items() if k != "available"}, flat)
                lines.append(", ".join(f"{k} {_fmt(v)}" for k, v in flat))
    block = measures.get("import_acled")
    if block:
        lines += ["", "import_acled (rows/s):", ""]
        if not block.get("available", True):
            lines.append(f"not available: {block.get('reason')}")
        else:
            lines.append(", ".join(
                f"{k} {_fmt(v['rows_per_s'])} (re-import {_fmt(v.get('reimport_rows_per_s', ''))})"
                for k, v in block.items() if isinstance(v, dict) and "rows_per_s" in v
            ))  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run the benchmarks")
    r.add_argument("--quick", action="store_true", help="small sizes, few repetitions (< 3 min; CI)")
    r.add_argument("--smoke", action="store_true", help="tiny sizes: checks every figure is produced (tests)")
    r.add_argument("--store", help="also run write and query on this store (EMPTIED!): bolt://…")
    r.add_argument("--sizes", help="graph sizes for the query benchmark, e.g. 10000,100000,1000000")
    r.add_argument("--write-events", type=int, help="events for the write benchmark")
    r.add_argument("--repeats", type=int, help="runs per query case")
    r.add_argument("--no-embedded", action="store_true", help="only the --store measures")
    r.add_argument("--only", help="comma list of write,query,memory,ingest,import_acled")
    r.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "latest.json"), help="JSON file")
    rep = sub.add_parser("report", help="markdown tables from results files (for README.md)")
    rep.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "report":
        print(report(args.files))
        return 0
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)  # "property does not exist" warnings
    out = Path(args.out)
    results = run(args, out)
    print_table(results)
    print(f"\nwritten: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
