"""One rule to pick a store from a URI.

- ``None`` / ``""`` / ``embedded`` → the embedded FalkorDB server under the data dir
- ``falkordb://host:port`` → a remote FalkorDB (``falkordb://:password@host:port`` for auth)
- ``bolt://``, ``bolt+s://``, ``neo4j://``, ``neo4j+s://``, ``neo4j+ssc://`` → Neo4j
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from conflictkg.errors import StoreError
from conflictkg.graph import embedded
from conflictkg.graph.falkordb_store import FalkorDBStore
from conflictkg.graph.neo4j_store import Neo4jStore
from conflictkg.graph.store import Store

NEO4J_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


def default_home() -> Path:
    """The default data dir (the CLI passes ``CONFLICTKG_HOME`` when set)."""
    base = Path(os.path.expanduser("~/.local/share"))
    return base / "conflictkg"


@dataclass
class Neo4jAuth:
    user: str = "neo4j"
    password: str = ""
    database: str | None = None


def open_store(
    uri: str | None = None,
    *,
    home: Path | None = None,
    neo4j_auth: Neo4jAuth | None = None,
    graph: str = "conflictkg",
) -> Store:
    """Open (and for the embedded store, start) the store named by ``uri``; apply the schema."""
    store = connect(uri, home=home, neo4j_auth=neo4j_auth, graph=graph)
    store.apply_schema()
    return store


def connect(
    uri: str | None = None,
    *,
    home: Path | None = None,
    neo4j_auth: Neo4jAuth | None = None,
    graph: str = "conflictkg",
) -> Store:
    if not uri or uri == "embedded":
        sock = embedded.ensure_running(home or default_home())
        return FalkorDBStore(unix_socket=str(sock), graph=graph, uri=f"embedded:{home or default_home()}")
    parsed = urlparse(uri)
    scheme = parsed.scheme.lower()
    if scheme == "falkordb":
        return FalkorDBStore(
            host=parsed.hostname or "localhost",
            port=parsed.port or 6379,
            password=unquote(parsed.password) if parsed.password else None,
            graph=(parsed.path.strip("/") or graph),
            uri=f"falkordb://{parsed.hostname}:{parsed.port or 6379}",
        )
    if scheme in NEO4J_SCHEMES:
        auth = neo4j_auth or Neo4jAuth()
        clean = uri
        if parsed.username or parsed.password:
            auth = Neo4jAuth(
                unquote(parsed.username or auth.user), unquote(parsed.password or ""), auth.database
            )
            clean = uri.replace(
                parsed.netloc, (parsed.hostname or "") + (f":{parsed.port}" if parsed.port else "")
            )
        return Neo4jStore(clean, auth.user, auth.password, auth.database)
    raise StoreError(
        f"unknown store URI {uri!r}: use 'embedded', falkordb://host:port, bolt://host:port or neo4j://host:port"
    )
