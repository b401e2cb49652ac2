"""``python -m benchmarks run --smoke`` runs on the embedded store and produces every figure.

A smoke test: it asserts that each measure ran and that its figures are present and numeric, never a
time (the machine running the tests is not the machine the targets are for).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conflictkg.queries import files

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.store, pytest.mark.slow]

WRITE = (
    "baseline_create_rows_per_s", "insert_events_per_s", "rewrite_events_per_s", "edges_per_event",
    "replace_insert_events_per_s", "replace_rewrite_events_per_s", "insert_ratio_to_baseline",
    "rewrite_ratio_to_baseline", "rewrite_changed_nothing", "same_shape_events_per_s",
    "insert_ratio_to_same_shape", "rewrite_ratio_to_same_shape",
    "same_shape_with_endpoints_events_per_s", "insert_ratio_to_same_shape_with_endpoints",
)  # fmt: skip
PROFILE = ("python_rows_s", "param_serialise_s", "server_execution_s", "transport_and_rest_s")
PER_SIZE = (
    "load_events_per_s", "used_memory_bytes_per_event", "aof_appended_bytes_per_event",
    "graph_memory_bytes_per_event", "aof_compacted_bytes_per_event",
)  # fmt: skip
MEMORY = ("rss_first_mb", "rss_plateau_mb", "rss_last_mb", "rss_max_mb", "server_rss_last_mb")
INGEST = (
    "workers1_bare_tokens_per_s", "workers1_ingest_tokens_per_s", "workers1_ratio",
    "workers2_bare_tokens_per_s", "workers2_ingest_tokens_per_s", "workers2_ratio",
    "workers1_pipeline_with_components_tokens_per_s", "tokens",
)  # fmt: skip


def numeric(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def assert_figures(block: dict[str, Any], names: tuple[str, ...]) -> None:
    assert block.get("available", True), block.get("reason")
    for name in names:
        assert name in block, f"missing figure {name}"
        assert numeric(block[name]), f"{name} = {block[name]!r} is not a number"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "run", "--smoke", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "query latency" in proc.stdout
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def test_write_figures(results: dict[str, Any]) -> None:
    m = results["measures"]
    assert_figures(m["write/embedded"], WRITE)
    assert m["write/embedded"]["rewrite_changed_nothing"] == 1
    assert_figures(m["write_profile/embedded"], PROFILE)


def test_query_figures_for_every_shipped_query(results: dict[str, Any]) -> None:
    q = results["measures"]["query/embedded"]
    assert q.get("available", True), q.get("reason")
    sizes = [k for k in q if k.isdigit()]
    assert sizes == [str(s) for s in results["config"]["sizes"]]
    for size in sizes:
        assert_figures(q[size], PER_SIZE)
        cases = q[size]["queries"]
        assert {key.split("/")[0] for key in cases} == set(files.names())
        for key, fig in cases.items():
            assert "error" not in fig, f"{key}: {fig.get('error')}"
            assert_figures(fig, ("median_ms", "p95_ms", "rows"))
            if key.split("/")[0] in {"control_timeline", "place_profile", "actor_profile"}:
                assert fig["plan_uses_index"] == 1, f"{key} does not find its anchor by index"
        if "derive_s" in q[size] or q["derive_available"]:
            assert_figures(q[size], ("derive_s",))


def test_memory_figures(results: dict[str, Any]) -> None:
    assert_figures(results["measures"]["memory/embedded"], MEMORY)


def test_ingest_figures(results: dict[str, Any]) -> None:
    block = results["measures"]["ingest/embedded"]
    if importlib.util.find_spec("conflictkg.nlp") is None:
        assert block["available"] is False and block["reason"]
        return
    assert_figures(block, INGEST)


def test_import_acled_figures(results: dict[str, Any]) -> None:
    block = results["measures"]["import_acled"]
    if importlib.util.find_spec("benchmarks.import_acled") is None or "missing" in block.get("reason", ""):
        assert block["available"] is False  # no module, or no ACLED files in ../shared
        return
    assert block.get("available", True), block.get("reason")
    rates = [v["rows_per_s"] for k, v in block.items() if isinstance(v, dict) and "rows_per_s" in v]
    assert rates and all(numeric(r) for r in rates)
