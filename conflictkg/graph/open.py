"""One rule to pick a store from a URI.

- ``None`` / ``""`` / ``embedded`` → the embedded FalkorDB server under the data dir
- ``falkordb://host:port`` → a remote FalkorDB (``falkordb://:password@host:port`` for auth)
- ``bolt://``, ``bolt+s://``, ``neo4j://``, ``neo4j+s://``, ``neo4j+ssc://`` → Neo4j
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from conflictkg.errors import StoreError
from conflictkg.graph import embedded
from conflictkg.graph.falkordb_store import FalkorDBStore
from conflictkg.graph.store import Store

NEO4J_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}
# The user-info part of any URI in a text (up to its last @): it may hold a password, even one with a /.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s'\"]*@")


def redact(text: str) -> str:
    """``scheme://user:password@host`` → ``scheme://***@host`` in any text: no secret in a message."""
    return _USERINFO.sub(r"\1***@", text)


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
    try:
        parsed = urlparse(uri)
        port = parsed.port  # checks the port is a number in 0-65535
    except ValueError as exc:  # a bad port, a broken IPv6 address
        raise StoreError(f"bad store URI {redact(uri)!r}: {exc}") from exc
    scheme = parsed.scheme.lower()
    if scheme == "falkordb":
        return FalkorDBStore(
            host=parsed.hostname or "localhost",
            port=port or 6379,
            password=unquote(parsed.password) if parsed.password else None,
            graph=(parsed.path.strip("/") or graph),
            uri=f"falkordb://{parsed.hostname}:{port or 6379}",
        )
    if scheme in NEO4J_SCHEMES:
        auth = neo4j_auth or Neo4jAuth()
        clean = uri
        if parsed.username or parsed.password:
            auth = Neo4jAuth(
                unquote(parsed.username or auth.user), unquote(parsed.password or ""), auth.database
            )
            host = parsed.hostname or ""
            host = f"[{host}]" if ":" in host else host  # an IPv6 address
            clean = uri.replace(parsed.netloc, host + (f":{port}" if port else ""))
        from conflictkg.graph.neo4j_store import Neo4jStore  # the driver (and pandas) only when used

        return Neo4jStore(clean, auth.user, auth.password, auth.database)
    raise StoreError(
        f"unknown store URI {redact(uri)!r}: use 'embedded', falkordb://host:port, bolt://host:port or neo4j://host:port"
    )
