"""The store interface every graph backend implements."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

Row = dict[str, Any]


@runtime_checkable
class Store(Protocol):
    """A Cypher graph store.

    ``query`` runs one statement. Reads (``write=False``) run in read-only mode, so a query that
    tries to write fails. A write statement is one transaction: it applies whole or not at all.
    """

    kind: str  # "falkordb" or "neo4j"
    uri: str

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[Row]:
        """Run one statement and return its rows as dicts keyed by column name."""
        ...

    def prepare(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[str, dict[str, Any] | None]:
        """``query(*prepare(cypher, params), write=...)`` runs ``query(cypher, params, write=...)``,
        with the statement already in the store's own form where it has one, so that a writer can
        build the next statement while the previous one runs."""
        ...

    def schema_statements(self) -> list[str]:
        """The DDL this store needs, each idempotent (``IF NOT EXISTS`` or equivalent)."""
        ...

    def apply_schema(self) -> None: ...

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> str:
        """The plan of a query, as text."""
        ...

    def clear(self) -> None:
        """Delete every node and relationship (tests and `store reset`)."""
        ...

    def close(self) -> None: ...
