"""Schema DDL: uniqueness on every id, indexes on the names queries look up.

Neo4j gets ``CREATE CONSTRAINT ... IF NOT EXISTS``; FalkorDB gets range indexes (its ``CREATE INDEX``
errors when the index exists, so the FalkorDB store skips those already listed).
"""

from __future__ import annotations

from conflictkg.graph import derive_keys

ID_LABELS = ("Article", "Event", "Actor", "Location", "Run")
# Only what a query looks up by value: every index costs memory and time on each write (issue 16:
# Article.sha256 had one, but an article's hash is only read after finding it by id).
INDEXED = {
    "Article": ("url",),
    "Event": ("type", "date", derive_keys.PROPERTY),
    "Actor": ("name",),
    "Location": ("name",),
    "Run": ("started_at",),
}
# Properties whose values repeat across many nodes (a few event types, modalities, a few thousand
# dates; an article's language, source, extractor, publication day): FalkorDB keeps each distinct
# string of these once (`intern`) instead of one copy per node (issue 16: 10-character dates cost
# 37 bytes a node as copies, 8-16 interned). A property whose values are mostly unique (ids, urls,
# titles, sentences) would cost more interned (the pool's entry besides the string).
INTERNED = {
    "Event": ("type", "modality", "date", "date_precision", "source"),
    "Article": ("published", "language", "source", "extractor"),
}

# The index whose absence marks a store written before events had their derive key: the schema step
# keys the events (derive_keys.backfill) before it creates the index.
DERIVE_KEY_INDEX = ("Event", derive_keys.PROPERTY)
NEO4J_DERIVE_KEY_INDEX = f"event_{derive_keys.PROPERTY}"
# Relationship properties looked up directly: the writer finds an article's stated control claims by it.
REL_INDEXED = {"CONTROLS": ("article",)}


def neo4j_statements() -> list[str]:
    out = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in ID_LABELS
    ]
    for label, props in INDEXED.items():
        out.extend(
            f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            for prop in props
        )
    for rel, props in REL_INDEXED.items():
        out.extend(
            f"CREATE INDEX {rel.lower()}_{prop} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.{prop})"
            for prop in props
        )
    return out


def falkordb_indexes() -> list[tuple[str, str]]:
    """(label, property) pairs that get a range index on FalkorDB."""
    pairs = [(label, "id") for label in ID_LABELS]
    for label, props in INDEXED.items():
        pairs.extend((label, p) for p in props)
    return pairs


def falkordb_statements() -> list[str]:
    nodes = [f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in falkordb_indexes()]
    rels = [
        f"CREATE INDEX FOR ()-[r:{rel}]-() ON (r.{prop})"
        for rel, props in REL_INDEXED.items()
        for prop in props
    ]
    return nodes + rels
