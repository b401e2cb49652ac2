"""`conflictkg report` on both stores: one self-contained HTML page, rendered in headless Chromium, with
the map, the network and the timelines drawn from the fixture graph (counted SVG elements)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from data.fixture_graph import fixture_facts

from browser.cdp import Page
from conflictkg.derived.derive import derive
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter

pytestmark = pytest.mark.browser

GNA, LNA = "Government of National Accord", "Libyan National Army"


def ckg(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300,
        env=os.environ.copy(),
    )  # fmt: skip


def count(page: Page, selector: str) -> int:
    return int(page.js(f"document.querySelectorAll({selector!r}).length"))


def test_report_draws_map_network_and_timelines(
    store: Store, cli_store_args: list[str], tmp_path: Path, page: Page, artefacts: Path
) -> None:
    GraphWriter(store, run_id="run:fixture").write(fixture_facts())
    derive(store)
    out = tmp_path / "report.html"
    proc = ckg([*cli_store_args, "report", "--out", str(out)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (
        f"wrote {out}: 30 events, 8 changes of control, 11 support / opposition links"
    )
    html = out.read_text(encoding="utf-8")
    # self-contained: nothing to fetch (the only URL is the SVG namespace)
    assert {
        u for u in ("http://", "https://") if u in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    } == set()
    assert "<script src" not in html and "<link" not in html

    page.goto(out.as_uri())
    assert page.js("performance.getEntriesByType('resource').length") == 0
    # the map: 20 located events, 8 places that changed hands (Asaba and Manbij twice)
    assert count(page, "#map circle.event") == 20
    assert count(page, "#map path.change") == 8
    assert page.js("[...document.querySelectorAll('#map .place-label')].map(t => t.textContent)") == [
        "Manbij", "Afrin", "Asaba", "Sirte", "Al-Watiya Air Base", "Tarhuna",
    ]  # fmt: skip
    tarhuna = (
        "[...document.querySelectorAll('#map path.change')].find(p => p.textContent.startsWith('Tarhuna'))"
    )
    assert page.js(f"{tarhuna}.getAttribute('data-controller')") == GNA
    legend = (
        f"[...document.querySelectorAll('.legend.controllers span')].find(s => s.textContent === {GNA!r})"
    )
    assert page.js(f"{tarhuna}.getAttribute('fill')") == page.js(f"{legend}.style.getPropertyValue('--c')")
    # the network: 9 actors, 6 support links, 5 oppositions
    assert count(page, "#network g.node") == 9
    assert count(page, "#network line.edge.supports") == 6
    assert count(page, "#network line.edge.opposes") == 5
    # the timelines: one lane per actor, a dot per dated event it took part in
    lanes = "[...document.querySelectorAll('#timelines g.timeline')]"
    assert page.js(f"{lanes}.map(g => g.getAttribute('data-actor'))") == [
        LNA, GNA, "Turkey", "Syrian Democratic Forces", "Syrian National Army", "Russia", "Syrian Arab Army",
        "United Arab Emirates", "United States",
    ]  # fmt: skip
    assert count(page, "#timelines circle.tl-event") == 49
    # drawn, not only present: each figure has a size on the page
    for figure in ("#map", "#network", "#timelines"):
        assert page.js(f"document.querySelector('{figure}').getBoundingClientRect().width") > 500
    page.screenshot(artefacts / f"report-{store.kind}.png", full_page=True)

    proc = ckg([*cli_store_args, "report", "--out", str(out), "--country", "Libya", "--since", "2020"])
    assert proc.returncode == 0, proc.stderr
    assert (
        proc.stdout.strip() == f"wrote {out}: 13 events, 4 changes of control, 3 support / opposition links"
    )


def test_report_errors_are_one_line(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    proc = ckg([*cli_store_args, "report", "--out", str(tmp_path)])
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"error: {tmp_path}: is a directory; give a file name such as {tmp_path / 'report.html'}"
    ]
    proc = ckg([*cli_store_args, "report", "--out", str(tmp_path / "r.html"), "--source", "tweets"])
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "error: unknown source 'tweets': use one of text, acled, gdelt"
    ]
