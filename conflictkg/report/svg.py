"""Inline SVG drawings (no JavaScript, no network): a map from lat/lon, a network, timelines."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from typing import Any

import networkx as nx

PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363",
]  # fmt: skip
TYPE_COLOURS = {
    "FIGHT": "#d62728", "ASSAULT": "#8b0000", "CAPTURE": "#6a3d9a", "RETREAT": "#b15928",
    "SUPPORT": "#2ca02c", "AID": "#33a02c", "COOPERATE": "#66bd63", "THREATEN": "#ff7f0e",
    "COERCE": "#fdae61", "MOBILIZE": "#e6ab02",
}  # fmt: skip
OTHER_TYPE = "#7f7f7f"
SUPPORT_EDGE, OPPOSE_EDGE = "#2ca02c", "#d62728"


def type_colour(kind: str | None) -> str:
    return TYPE_COLOURS.get(kind or "", OTHER_TYPE)


def actor_colours(names: Iterable[str]) -> dict[str, str]:
    """One colour per actor, stable for a given set of names."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(set(names)))}


def _num(x: float) -> str:
    return f"{x:.1f}"


def _title(text: str) -> str:
    return f"<title>{escape(text)}</title>"


# ------------------------------------------------------------------------------------------------ map


class Projection:
    """Equirectangular, scaled by the cosine of the middle latitude, fitted to the points."""

    def __init__(self, points: Sequence[tuple[float, float]], width: int, height: int, pad: int = 40) -> None:
        lats = [p[0] for p in points] or [0.0]
        lons = [p[1] for p in points] or [0.0]
        lat0, lat1 = min(lats) - 0.5, max(lats) + 0.5
        lon0, lon1 = min(lons) - 0.5, max(lons) + 0.5
        self.kx = math.cos(math.radians((lat0 + lat1) / 2))
        span_x = (lon1 - lon0) * self.kx
        span_y = lat1 - lat0
        self.scale = min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y)
        self.x0 = width / 2 - (lon0 + lon1) / 2 * self.kx * self.scale
        self.y0 = height / 2 + (lat0 + lat1) / 2 * self.scale
        self.bounds = (lat0, lat1, lon0, lon1)

    def __call__(self, lat: float, lon: float) -> tuple[float, float]:
        return self.x0 + lon * self.kx * self.scale, self.y0 - lat * self.scale


def _graticule_step(span: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 30):
        if span / step <= 8:
            return step
    return 45


def map_svg(
    events: Sequence[dict[str, Any]],
    changes: Sequence[dict[str, Any]],
    colours: dict[str, str],
    width: int = 960,
    height: int = 560,
) -> str:
    """Events as small circles (coloured by type), places that changed hands as diamonds coloured by
    the new controller, outlined in the colour of the previous one. Country outlines are omitted."""
    located = [e for e in events if (e.get("location") or {}).get("lat") is not None]
    moved = [c for c in changes if c.get("lat") is not None and c.get("lon") is not None]
    points = [(e["location"]["lat"], e["location"]["lon"]) for e in located]
    points += [(c["lat"], c["lon"]) for c in moved]
    proj = Projection(points, width, height)
    out = [
        f'<svg id="map" class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="map of events and control changes">',
        f'<rect width="{width}" height="{height}" fill="#f4f8fb"/>',
    ]
    lat0, lat1, lon0, lon1 = proj.bounds
    step = _graticule_step(max(lat1 - lat0, lon1 - lon0))
    lines = []
    for k in range(math.floor(lat0 / step), math.ceil(lat1 / step) + 1):
        (xa, y), (xb, _) = proj(k * step, lon0 - 5), proj(k * step, lon1 + 5)
        lines.append(
            f'<line class="graticule" x1="{_num(xa)}" y1="{_num(y)}" x2="{_num(xb)}" y2="{_num(y)}"/>'
        )
        lines.append(f'<text class="grid-label" x="4" y="{_num(y - 2)}">{k * step:g}°</text>')
    for k in range(math.floor(lon0 / step), math.ceil(lon1 / step) + 1):
        (x, ya), (_, yb) = proj(lat1 + 5, k * step), proj(lat0 - 5, k * step)
        lines.append(
            f'<line class="graticule" x1="{_num(x)}" y1="{_num(ya)}" x2="{_num(x)}" y2="{_num(yb)}"/>'
        )
        lines.append(f'<text class="grid-label" x="{_num(x + 2)}" y="{height - 4}">{k * step:g}°</text>')
    out.append('<g class="graticules">' + "".join(lines) + "</g>")

    out.append('<g class="events">')
    for e in located:
        x, y = proj(e["location"]["lat"], e["location"]["lon"])
        target = (e.get("target") or {}).get("name")
        label = (
            f"{e.get('date') or 'undated'} {e['action']}: {e['actor']['name']}"
            + (f" → {target}" if target else "")
            + f" at {e['location']['name']}"
        )
        out.append(
            f'<circle class="event" data-type="{escape(e["action"])}" cx="{_num(x)}" cy="{_num(y)}" r="5" '
            f'fill="{type_colour(e["action"])}" fill-opacity="0.55" stroke="#333" stroke-width="0.5">'
            f"{_title(label)}</circle>"
        )
    out.append("</g>")

    out.append('<g class="changes">')
    seen: dict[tuple[float, float], int] = {}
    for c in moved:
        x, y = proj(c["lat"], c["lon"])
        n = seen.get((c["lat"], c["lon"]), 0)
        seen[(c["lat"], c["lon"])] = n + 1
        x += n * 14  # a second change at the same place sits to the right of the first
        fill = colours.get(c.get("to") or "", OTHER_TYPE)
        stroke = colours.get(c.get("from") or "", "#333")
        label = f"{c['location']}: {c.get('from') or '?'} → {c.get('to')} ({c.get('date') or 'undated'})"
        out.append(
            f'<path class="change" data-controller="{escape(c.get("to") or "")}" '
            f'd="M{_num(x)},{_num(y - 9)} L{_num(x + 9)},{_num(y)} L{_num(x)},{_num(y + 9)} '
            f'L{_num(x - 9)},{_num(y)} Z" fill="{fill}" stroke="{stroke}" stroke-width="3">'
            f"{_title(label)}</path>"
        )
        if n == 0:
            out.append(
                f'<text class="place-label" x="{_num(x + 12)}" y="{_num(y - 10)}">'
                f"{escape(c['location'])}</text>"
            )
    out.append("</g></svg>")
    return "".join(out)


# -------------------------------------------------------------------------------------------- network


def network_svg(graph: nx.MultiDiGraph, colours: dict[str, str], width: int = 960, height: int = 640) -> str:
    """Actors placed by a spring layout (seeded: the same graph gives the same drawing); support edges
    green with an arrow, opposition red and dashed; edge width grows with the number of events."""
    out = [
        f'<svg id="network" class="network" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-label="support and opposition network">',
        "<defs>"
        f'<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
        'markerWidth="11" markerHeight="11" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="{SUPPORT_EDGE}"/></marker>'
        "</defs>",
        f'<rect width="{width}" height="{height}" fill="#fbfbfb"/>',
    ]
    if graph.number_of_nodes() == 0:
        out.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">No support or opposition.</text>'
        )
        return "".join(out) + "</svg>"
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for a, b, d in graph.edges(data=True):
        w = simple.get_edge_data(a, b, {}).get("weight", 0) + d.get("events", 1)
        simple.add_edge(a, b, weight=w)
    pos = nx.spring_layout(simple, seed=7, weight=None, k=1.6 / math.sqrt(max(1, simple.number_of_nodes())))
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 90

    def at(node: str) -> tuple[float, float]:
        x, y = pos[node]
        sx = (x - min(xs)) / ((max(xs) - min(xs)) or 1)
        sy = (y - min(ys)) / ((max(ys) - min(ys)) or 1)
        return pad + sx * (width - 2 * pad), pad / 2 + sy * (height - pad)

    radius = 11
    out.append('<g class="edges">')
    for a, b, key, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        (x1, y1), (x2, y2) = at(a), at(b)
        length = math.hypot(x2 - x1, y2 - y1) or 1
        # stop at the circles' rims, so the arrow head shows
        x1, y1 = x1 + (x2 - x1) * radius / length, y1 + (y2 - y1) * radius / length
        x2, y2 = x2 - (x2 - x1) * radius / length, y2 - (y2 - y1) * radius / length
        events = int(d.get("events") or 1)
        widthpx = 1.2 + 1.5 * math.log2(events)
        if key == "supports":
            style = f'stroke="{SUPPORT_EDGE}" marker-end="url(#arrow)"'
            label = f"{a} supports {b}: {events} event(s)"
        else:
            style = f'stroke="{OPPOSE_EDGE}" stroke-dasharray="6 4"'
            label = f"{a} and {b} oppose each other: {events} event(s)"
        out.append(
            f'<line class="edge {key}" x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
            f'stroke-width="{widthpx:.1f}" {style}>{_title(label)}</line>'
        )
    out.append('</g><g class="nodes">')
    for node in sorted(graph.nodes):
        x, y = at(node)
        kind = graph.nodes[node].get("kind") or ""
        out.append(
            f'<g class="node" data-actor="{escape(node)}"><circle cx="{_num(x)}" cy="{_num(y)}" r="{radius}" '
            f'fill="{colours.get(node, OTHER_TYPE)}" stroke="#222" stroke-width="1">'
            f"{_title(f'{node} ({kind})' if kind else node)}</circle>"
            f'<text class="node-label" x="{_num(x)}" y="{_num(y + radius + 13)}" text-anchor="middle">'
            f"{escape(node)}</text></g>"
        )
    out.append("</g></svg>")
    return "".join(out)


# ------------------------------------------------------------------------------------------ timelines


def parse_date(value: str | None) -> date | None:
    """An ISO date, possibly partial ("2020-05", "2020"), as its first day; None when unreadable."""
    if not value:
        return None
    parts = str(value).split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def timelines_svg(
    rows: Sequence[tuple[str, list[dict[str, Any]]]], width: int = 960, row_height: int = 26
) -> str:
    """One row per actor; each dated event it took part in is a dot on a shared time axis, coloured by
    type (a filled dot as actor, a hollow one as target)."""
    dated = [(actor, [(parse_date(e.get("date")), e) for e in evs]) for actor, evs in rows]
    days = [d for _, evs in dated for d, _ in evs if d is not None]
    left, right, top = 220, 20, 30
    height = top + row_height * max(1, len(rows)) + 10
    out = [
        f'<svg id="timelines" class="timelines" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="per-actor timelines">',
        f'<rect width="{width}" height="{height}" fill="#fff"/>',
    ]
    if not days:
        out.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">No dated events.</text>')
        return "".join(out) + "</svg>"
    first, last = date(min(days).year, 1, 1), date(max(days).year + 1, 1, 1)
    span = (last - first).days or 1

    def x_of(d: date) -> float:
        return left + (d - first).days / span * (width - left - right)

    for year in range(first.year, last.year + 1):
        x = x_of(date(year, 1, 1))
        out.append(
            f'<line class="year" x1="{_num(x)}" y1="{top - 8}" x2="{_num(x)}" y2="{height - 6}"/>'
            f'<text class="year-label" x="{_num(x + 2)}" y="{top - 12}">{year}</text>'
        )
    for i, (actor, evs) in enumerate(dated):
        y = top + row_height * i + row_height / 2
        out.append(
            f'<g class="timeline" data-actor="{escape(actor)}">'
            f'<text class="actor-label" x="{left - 8}" y="{_num(y + 4)}" text-anchor="end">'
            f"{escape(actor)}</text>"
            f'<line class="lane" x1="{left}" y1="{_num(y)}" x2="{width - right}" y2="{_num(y)}"/>'
        )
        for d, e in evs:
            if d is None:
                continue
            as_actor = e["actor"]["name"] == actor
            other = (e.get("target") or {}).get("name") if as_actor else e["actor"]["name"]
            place = (e.get("location") or {}).get("name")
            label = (
                f"{e.get('date')} {e['action']}"
                + (f" {'→' if as_actor else '←'} {other}" if other else "")
                + (f" at {place}" if place else "")
            )
            colour = type_colour(e["action"])
            fill = colour if as_actor else "#fff"
            out.append(
                f'<circle class="tl-event" data-type="{escape(e["action"])}" cx="{_num(x_of(d))}" '
                f'cy="{_num(y)}" r="5" fill="{fill}" stroke="{colour}" stroke-width="2">'
                f"{_title(label)}</circle>"
            )
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)
