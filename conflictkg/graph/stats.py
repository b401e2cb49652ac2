"""Counts by label and relationship type."""

from __future__ import annotations

from typing import Any

from conflictkg.graph.store import Store

LABELS = ("Article", "Event", "Actor", "Location", "Run")
REL_TYPES = (
    "ACTOR",
    "TARGET",
    "AT",
    "REPORTED_IN",
    "MEMBER_OF",
    "SUPPORTS",
    "OPPOSES",
    "CONTROLS",
    "SAME_AS",
)

NODE_COUNT = "MATCH (n) RETURN labels(n) AS labels, count(*) AS count"
REL_COUNT = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"


def graph_stats(store: Store) -> list[dict[str, Any]]:
    """One row per label and relationship type present, known ones first, in a stable order."""
    nodes: dict[str, int] = {}
    for row in store.query(NODE_COUNT):
        for label in row["labels"] or []:
            nodes[label] = nodes.get(label, 0) + int(row["count"])
    rels = {row["type"]: int(row["count"]) for row in store.query(REL_COUNT)}
    order = {name: i for i, name in enumerate(LABELS + REL_TYPES)}
    out = [{"kind": "node", "name": k, "count": v} for k, v in nodes.items()]
    out += [{"kind": "relationship", "name": k, "count": v} for k, v in rels.items()]
    return sorted(out, key=lambda r: (r["kind"] != "node", order.get(r["name"], 99), r["name"]))
