"""The HTML report's rendering, without a store: empty graphs, hostile names, the inline data."""

from __future__ import annotations

import json
import re

import networkx as nx

from conflictkg.report import ReportData, render


def event(eid: str, actor: str, date: str | None, lat: float | None = None) -> dict:
    location = None if lat is None else {"name": "P", "lat": lat, "lon": 10.0, "country": "LBY"}
    return {
        "event_id": eid, "action": "FIGHT", "actor": {"name": actor, "id": actor}, "target": None,
        "location": location, "date": date, "date_precision": "day" if date else None,
        "modality": "asserted", "evidence": {"text": "s"}, "article": "a",
    }  # fmt: skip


def test_an_empty_graph_still_renders() -> None:
    page = render(ReportData({"since": None}, [], [], nx.MultiDiGraph(), generated="now"))
    assert page.count("<svg ") == 3
    assert "No support or opposition." in page and "No dated events." in page
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"] * 3


def test_names_are_escaped_and_data_is_inline() -> None:
    hostile = "</script><script>alert(1)</script>"
    g = nx.MultiDiGraph()
    g.add_edge(hostile, "B", key="supports", events=2, first_seen="2020", last_seen="2020")
    data = ReportData(
        {"country": None},
        [event("e1", hostile, "2020-05", 32.0), event("e2", "B", None)],
        [{"location": "P", "lat": 32.0, "lon": 10.0, "from": None, "to": hostile, "date": "2020-05-01"}],
        g,
        generated="now",
    )
    page = render(data)
    assert "<script>alert" not in page
    payload = re.search(r'<script type="application/json" id="report-data">(.*)</script>', page, re.S)
    assert payload is not None
    parsed = json.loads(payload.group(1))
    assert [e["event_id"] for e in parsed["events"]] == ["e1", "e2"]
    assert parsed["network"] == [{"from": hostile, "to": "B", "kind": "supports", "events": 2}]
    assert page.count('class="event"') == 1  # e2 has no place
    assert page.count('class="tl-event"') == 1  # and no date
    assert page.count('class="change"') == 1
