"""ACLED import throughput on the embedded store: rows/s, end to end (CSV parse, actor and place
resolution through the KB and gazetteer, batched writes), into an empty graph; then the re-import of
the same file (every row unchanged) and cross-source linking.

    python -m benchmarks.import_acled [--quick]

Reads the ACLED files from ../shared/eval/raw/acled/ (never copied into the project). A private
embedded FalkorDB is started under a temporary directory and stopped at the end. The target is
>= 5,000 rows/s for the 5,071-row global file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from conflictkg.derived.linking import link
from conflictkg.graph import embedded
from conflictkg.graph.open import open_store
from conflictkg.structured.acled import read_acled
from conflictkg.structured.resolver import Resolver, import_facts

ACLED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "raw" / "acled"
FILES = {
    "global_2020": ACLED / "rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv",
    "africa_2016": ACLED / "aschharwood_acled_2016-06-17_to_2016-07-02_africa.csv",
}
TARGET_ROWS_PER_S = 5000.0


def _cpu(server: psutil.Process) -> float:
    mine, theirs = psutil.Process().cpu_times(), server.cpu_times()
    return mine.user + mine.system + theirs.user + theirs.system


def _measure(store: Any, server: psutil.Process, path: Path, make: Any, repeats: int) -> dict[str, Any]:
    rates, cpu_rates, reimport, rows = [], [], [], 0
    for _ in range(repeats):
        store.clear()
        store.apply_schema()
        cpu0 = _cpu(server)
        first = import_facts(store, read_acled(path, make()), source="acled")
        cpu = _cpu(server) - cpu0
        assert first.quarantined == 0 and first.new == first.read
        rows = first.read
        rates.append(first.read / first.duration_s)
        cpu_rates.append(first.read / cpu)
        again = import_facts(store, read_acled(path, make()), source="acled")
        assert again.unchanged == again.read
        reimport.append(again.read / again.duration_s)
    articles = store.query("MATCH (a:Article) WHERE a.source = 'acled' RETURN count(a) AS n")[0]["n"]
    return {
        "rows": rows,
        "articles": articles,
        "rows_per_s": round(statistics.median(rates), 1),
        "rows_per_s_all": [round(r, 1) for r in rates],
        # rows per CPU second (this process + the FalkorDB server): what a machine with a free core
        # per process would reach, whatever else runs on it
        "rows_per_cpu_s": round(statistics.median(cpu_rates), 1),
        "reimport_rows_per_s": round(statistics.median(reimport), 1),
        "meets_target": statistics.median(rates) >= TARGET_ROWS_PER_S,
    }


def run(quick: bool = False) -> dict[str, Any]:
    """Import each file into an empty graph ``repeats`` times (fresh resolution caches each time),
    with places matched to the gazetteer (the default) and with the records' own places
    (``--no-gazetteer``); the median rows/s and the rest."""
    repeats = 1 if quick else 3
    missing = [str(p) for p in FILES.values() if not p.exists()]
    if missing:
        return {"name": "import_acled", "skipped": f"missing {', '.join(missing)}"}
    t0 = time.perf_counter()
    base = Resolver()  # one-time KB and gazetteer load, reported apart
    load_s = time.perf_counter() - t0
    modes = {
        "gazetteer": lambda: Resolver(base.kb, base.gazetteer),
        "no_gazetteer": lambda: Resolver(base.kb, False),
    }
    results: dict[str, Any] = {
        "name": "import_acled",
        "repeats": repeats,
        "kb_gazetteer_load_s": round(load_s, 3),
    }
    with tempfile.TemporaryDirectory(prefix="ckg-bench-import-") as tmp:
        home = Path(tmp) / "falkordb"
        store = open_store(None, home=home)
        try:
            server = psutil.Process(embedded.status(home).pid)
            for name, path in FILES.items():
                for mode, make in modes.items():
                    results[f"{name}/{mode}"] = _measure(store, server, path, make, repeats)
            t1 = time.perf_counter()
            stats = link(store)
            results["link_s"] = round(time.perf_counter() - t1, 3)
            results["link_events"] = stats.events
        finally:
            store.close()
            embedded.stop(home)
    results["target_rows_per_s"] = TARGET_ROWS_PER_S
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repetition instead of three")
    args = parser.parse_args()
    result = run(args.quick)
    print(json.dumps(result, indent=1))
    for name, r in result.items():
        if isinstance(r, dict):
            print(
                f"{name}: {r['rows']} rows, {r['articles']} Article nodes, {r['rows_per_s']:.0f} rows/s "
                f"(target {TARGET_ROWS_PER_S:.0f}: {'met' if r['meets_target'] else 'NOT met'}), "
                f"{r['rows_per_cpu_s']:.0f} rows per CPU second, "
                f"re-import {r['reimport_rows_per_s']:.0f} rows/s"
            )


if __name__ == "__main__":
    main()
