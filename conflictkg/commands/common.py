"""What every CLI command shares: settings from options and environment, the store, output format."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from conflictkg.graph.open import Neo4jAuth, open_store
from conflictkg.graph.store import Store
from conflictkg.output import FORMATS

err = Console(stderr=True, highlight=False, soft_wrap=True)


class Settings:
    """What the CLI read from its options and the environment, and the store it built from them."""

    def __init__(self, store_uri: str | None, home: Path, kb_files: list[Path] | None = None) -> None:
        self.store_uri = store_uri
        self.home = home
        self.kb_files = list(kb_files or [])
        self._store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            auth = Neo4jAuth(
                user=os.environ.get("NEO4J_USERNAME", "neo4j"),
                password=os.environ.get("NEO4J_PASSWORD", ""),
                database=os.environ.get("NEO4J_DATABASE") or None,
            )
            self._store = open_store(self.store_uri, home=self.home / "falkordb", neo4j_auth=auth)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def settings_of(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    assert isinstance(obj, Settings)
    return obj


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table (for people), json or csv.")]


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt
