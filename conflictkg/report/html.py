"""Collect what the report shows through the query API, and render it as one HTML page that needs no
network: the CSS, the SVG drawings and the data (as JSON) are all inline."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from conflictkg.meta import __version__
from conflictkg.queries.api import KnowledgeGraph
from conflictkg.report.svg import (
    OPPOSE_EDGE,
    SUPPORT_EDGE,
    TYPE_COLOURS,
    actor_colours,
    map_svg,
    network_svg,
    timelines_svg,
)

MAX_TIMELINES = 30


@dataclass
class ReportData:
    filters: dict[str, str | None]
    events: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    network: nx.MultiDiGraph
    generated: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))

    def timelines(self, limit: int = MAX_TIMELINES) -> list[tuple[str, list[dict[str, Any]]]]:
        """The actors with the most events, each with its events (as actor or target) in date order."""
        by_actor: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in self.events:
            by_actor[e["actor"]["name"]].append(e)
            target = (e.get("target") or {}).get("name")
            if target and target != e["actor"]["name"]:
                by_actor[target].append(e)
        ranked = sorted(by_actor.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
        return [
            (actor, sorted(evs, key=lambda e: (e.get("date") or "9999", e["event_id"])))
            for actor, evs in ranked
        ]


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for row in df.to_dict("records"):
        clean: dict[str, Any] = {}
        for name, value in row.items():
            key = str(name)
            if isinstance(value, pd.Timestamp):
                clean[key] = value.date().isoformat()
            elif not isinstance(value, list | dict) and pd.isna(value):
                clean[key] = None
            else:
                clean[key] = value
        out.append(clean)
    return out


def collect(
    kg: KnowledgeGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    source: str | None = None,
) -> ReportData:
    """Events, control changes and the support / opposition network inside the filters."""
    code = kg.country_code(country)
    src = kg.source_filter(source)
    events = kg.events(since, until, country=code, source=src)
    changes = _records(kg.towns_changed_hands(since, until, country=code, source=src))
    changes.sort(key=lambda c: (c.get("date") or "9999", c["location"]))
    network = kg.to_networkx("all", since, until, source=src)
    if code is not None:  # keep the edges that touch an actor of that country
        keep = [
            (a, b, k)
            for a, b, k in network.edges(keys=True)
            if code in (network.nodes[a].get("country"), network.nodes[b].get("country"))
        ]
        network = network.edge_subgraph(keep).copy()
    filters = {"since": since, "until": until, "country": code, "source": src}
    return ReportData(filters, events, changes, network)


_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #222; }
header { background: #243447; color: #fff; padding: 16px 28px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; opacity: .85; }
main { padding: 8px 28px 40px; max-width: 1000px; }
section { margin-top: 28px; }
h2 { font-size: 18px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.summary { display: flex; gap: 14px; flex-wrap: wrap; }
.summary div { background: #f1f4f8; border-radius: 6px; padding: 8px 14px; }
.summary b { display: block; font-size: 20px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 6px 0; font-size: 12px; }
.legend span::before { content: ""; display: inline-block; width: 11px; height: 11px; margin-right: 5px;
  vertical-align: -1px; background: var(--c); border-radius: 50%; }
.legend.controllers span::before { border-radius: 0; transform: rotate(45deg); }
svg { max-width: 100%; height: auto; border: 1px solid #e3e3e3; border-radius: 4px; }
.graticule { stroke: #d5dde5; stroke-width: 1; }
.grid-label, .year-label { font-size: 10px; fill: #8795a1; }
.place-label, .node-label { fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.place-label { font-size: 12px; font-weight: 600; } .node-label { font-size: 11px; }
.actor-label { font-size: 12px; fill: #222; }
.lane { stroke: #eee; } .year { stroke: #e4e4e4; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f6f6f6; }
td.evidence { color: #555; font-style: italic; }
footer { color: #888; font-size: 12px; margin-top: 40px; }
"""


def _legend(items: dict[str, str], css_class: str = "") -> str:
    spans = "".join(f'<span style="--c:{colour}">{escape(name)}</span>' for name, colour in items.items())
    return f'<div class="legend {css_class}">{spans}</div>'


def _table(columns: list[str], rows: list[list[Any]], evidence_col: int | None = None) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            css = ' class="evidence"' if i == evidence_col else ""
            cells.append(f"<td{css}>{escape('' if value is None else str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _json_for_script(data: Any) -> str:
    # inside <script>, "</" could end the element: escape it (and the HTML-significant characters)
    text = json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(data: ReportData, title: str = "conflictkg report") -> str:
    """The whole page, as one string."""
    names = (
        {c.get("to") for c in data.changes} | {c.get("from") for c in data.changes} | set(data.network.nodes)
    )
    colours = actor_colours(n for n in names if n)
    controllers = {n: colours[n] for n in sorted({c["to"] for c in data.changes if c.get("to")})}
    types = sorted({e["action"] for e in data.events})
    type_legend = {t: TYPE_COLOURS.get(t, "#7f7f7f") for t in types}
    filters = ", ".join(f"{k} {v}" for k, v in data.filters.items() if v) or "none"
    supports = sum(1 for *_, k in data.network.edges(keys=True) if k == "supports")
    opposes = data.network.number_of_edges() - supports
    located = sum(1 for e in data.events if (e.get("location") or {}).get("lat") is not None)
    counts = Counter(e["action"] for e in data.events)
    timelines = data.timelines()
    payload = {
        "filters": data.filters,
        "events": data.events,
        "changes": data.changes,
        "network": [
            {"from": a, "to": b, "kind": k, "events": d.get("events")}
            for a, b, k, d in data.network.edges(keys=True, data=True)
        ],
    }
    change_rows = [
        [c.get("date"), c["location"], c.get("from"), c.get("to"),
         " / ".join(e["sentence"] for e in (c.get("evidence") or [])[:2] if isinstance(e, dict))]
        for c in data.changes
    ]  # fmt: skip
    edge_rows = [
        [a, k, b, d.get("events"), d.get("first_seen"), d.get("last_seen")]
        for a, b, k, d in sorted(data.network.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))
    ]  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="conflictkg {escape(__version__)}">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>{escape(title)}</h1>
<p>Filters: {escape(filters)} · generated {escape(data.generated)}</p></header>
<main>
<section id="summary"><div class="summary">
<div><b>{len(data.events)}</b>events</div><div><b>{located}</b>located</div>
<div><b>{len(data.changes)}</b>changes of control</div><div><b>{supports}</b>support links</div>
<div><b>{opposes}</b>oppositions</div><div><b>{data.network.number_of_nodes()}</b>actors in the network</div>
</div><p>{escape(", ".join(f"{t} {n}" for t, n in sorted(counts.items())))}</p></section>
<section id="map-section"><h2>Map: events and places that changed hands</h2>
<p>Circles are events (colour: type). Diamonds are places that changed hands, filled with the colour
of the new controller and outlined with the previous one's. Country outlines are not drawn.</p>
{_legend(type_legend)}{_legend(controllers, "controllers")}
{map_svg(data.events, data.changes, colours)}
</section>
<section id="changes"><h2>Places that changed hands</h2>
{_table(["date", "place", "from", "to", "evidence"], change_rows, evidence_col=4)}
</section>
<section id="network-section"><h2>Alliances and oppositions</h2>
<p>Green arrows: support (backer → backed); red dashes: opposition. Thicker: more events.</p>
{_legend({"supports": SUPPORT_EDGE, "opposes": OPPOSE_EDGE})}
{network_svg(data.network, colours)}
{_table(["actor", "relation", "other", "events", "first seen", "last seen"], edge_rows)}
</section>
<section id="timelines-section"><h2>Timelines</h2>
<p>The {len(timelines)} actors with the most events; a filled dot as actor, a hollow one as target.</p>
{_legend(type_legend)}
{timelines_svg(timelines)}
</section>
<footer>conflictkg {escape(__version__)} — every figure above is drawn from the data below, inline.</footer>
</main>
<script type="application/json" id="report-data">{_json_for_script(payload)}</script>
</body>
</html>
"""


def write_report(
    kg: KnowledgeGraph,
    out: Path,
    *,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    source: str | None = None,
) -> ReportData:
    """Collect and render the report into ``out`` (written whole: a temporary file, then renamed)."""
    data = collect(kg, since=since, until=until, country=country, source=source)
    html = render(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return data
