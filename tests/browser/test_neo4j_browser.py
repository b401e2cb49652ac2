"""Neo4j Browser, served by scripts/neo4j-local, in headless Chromium: connect with the test credentials,
paste a shipped .cypher file as it is (its `:param` lines set the parameters), run it, and read the
answer's rows off the page."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from conftest import IN_CI, ROOT
from data.fixture_graph import fixture_facts

from browser.cdp import Page
from conflictkg.derived.derive import derive
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.queries.files import load

pytestmark = [pytest.mark.browser, pytest.mark.neo4j]

QUERY_FILE = "who_backs_whom"
EXPECTED = [
    ["Turkey", "Government of National Accord", "4", "2019-12-10", "2020-05-18"],
    ["Russia", "Libyan National Army", "1", "2019-11-01", "2019-11-01"],
    ["Russia", "Syrian Arab Army", "1", "2015-09-30", "2015-09-30"],
    ["Turkey", "Syrian National Army", "1", "2018-01-20", "2018-01-20"],
    ["United Arab Emirates", "Libyan National Army", "1", "2020-02-01", "2020-02-01"],
    ["United States", "Syrian Democratic Forces", "1", "2017-05-09", "2017-05-09"],
]


@pytest.fixture
def browser_url() -> str:
    url = os.environ.get("NEO4J_BROWSER_URL")
    if not url:
        reason = "no NEO4J_BROWSER_URL: scripts/run-tests sets it (scripts/neo4j-local env prints it)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture
def fixture_graph(neo4j_store: Store) -> Store:
    neo4j_store.clear()
    neo4j_store.apply_schema()
    GraphWriter(neo4j_store, run_id="run:fixture").write(fixture_facts())
    derive(neo4j_store)
    return neo4j_store


def paste_and_run(page: Page, text: str) -> None:
    """Paste ``text`` into Browser's main editor, as a user would, and press its Run button."""
    page.wait_for("document.querySelector('#monaco-main-editor textarea, .monaco-editor textarea') !== null")
    page.js("document.querySelector('#monaco-main-editor textarea, .monaco-editor textarea').focus()")
    page.js(
        "(t => { const d = new DataTransfer(); d.setData('text/plain', t);"
        " document.activeElement.dispatchEvent(new ClipboardEvent('paste',"
        f" {{clipboardData: d, bubbles: true, cancelable: true}})); }})({json.dumps(text)})"
    )
    time.sleep(0.3)
    page.click("[data-testid=editor-Run]")


def frame_commands(page: Page) -> list[str]:
    return page.js("[...document.querySelectorAll('[data-testid=frameCommand]')].map(e => e.innerText)")


def test_a_shipped_query_runs_in_neo4j_browser(
    fixture_graph: Store, browser_url: str, page: Page, artefacts: Path
) -> None:
    page.goto(browser_url)
    page.fill("[data-testid=boltaddress]", os.environ["NEO4J_URI"].split("://", 1)[1])
    page.fill("[data-testid=username]", os.environ.get("NEO4J_USERNAME", "neo4j"))
    page.fill("[data-testid=password]", os.environ["NEO4J_PASSWORD"])
    page.click("[data-testid=connect]")
    page.wait_for("document.body.innerText.includes('You are connected as user')", timeout=60)

    # 1. the whole file, as shipped: comments, `:param name => value;` lines, the query
    paste_and_run(
        page, (ROOT / "conflictkg" / "queries" / f"{QUERY_FILE}.cypher").read_text(encoding="utf-8")
    )
    titles = "document.querySelectorAll('[data-testid=multi-statement-list-title]').length"
    assert page.wait_for(f"{titles} >= 8 && {titles}", timeout=60) == 8  # seven :param lines, the query
    # open the query's line: its status shows once it has run
    page.js("[...document.querySelectorAll('[data-testid=multi-statement-list-title] label')].at(-1).click()")
    frame = "document.querySelector('[data-testid=frameContents]').innerText"
    page.wait_for(f"{frame}.includes('Completed after') || {frame}.includes('ERROR')", timeout=60)
    page.screenshot(artefacts / "neo4j-browser-who-backs-whom-file.png")
    assert "ERROR" not in page.js("document.querySelector('[data-testid=frameContents]').innerText")

    # 2. the query alone, with the parameters the file set: Browser shows its rows as a table
    paste_and_run(page, load(QUERY_FILE))
    try:
        page.wait_for(
            "document.querySelectorAll('[data-testid=frame-loaded-contents] tbody tr').length > 0", 60
        )
    except TimeoutError:
        page.screenshot(artefacts / "neo4j-browser-failure.png")
        raise
    rows = page.js(
        "[...document.querySelector('[data-testid=frame-loaded-contents]').querySelectorAll('tbody tr')]"
        ".map(r => [...r.querySelectorAll('td[role=cell]')].map(c => c.innerText.trim()))"
    )
    page.screenshot(artefacts / "neo4j-browser-who-backs-whom.png")
    assert [[json.loads(c) if c.startswith('"') else c for c in row[:5]] for row in rows] == EXPECTED
    assert json.loads(rows[0][6])[1] == "Turkey sent military advisers and drones to the GNA."
