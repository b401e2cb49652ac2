"""What every CLI command shares: settings from options and environment, the store, output format."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from conflictkg.cli.output import FORMATS
from conflictkg.errors import ConflictKGError
from conflictkg.graph.open import Neo4jAuth, open_store
from conflictkg.graph.store import Store

if TYPE_CHECKING:
    from conflictkg.knowledge.kb import KnowledgeBase

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
            try:
                self._store = open_store(self.store_uri, home=self.home / "falkordb", neo4j_auth=auth)
            except OSError as exc:  # only the embedded store touches the data dir
                where = exc.filename or self.home
                raise ConflictKGError(
                    f"cannot use the data dir {self.home} (--home): {where}: {exc.strerror or exc}"
                ) from exc
        return self._store

    def user_kb(self) -> KnowledgeBase | None:
        """The packaged knowledge base with the user's ``--kb`` files, or None when there are none."""
        if not self.kb_files:
            return None
        from conflictkg.knowledge.kb import KnowledgeBase

        return KnowledgeBase.load(extra_files=self.kb_files)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def settings_of(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    assert isinstance(obj, Settings)
    return obj


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table (for people), json or csv.")]


def _positive_limit(value: int | None) -> int | None:
    if value is not None and value < 1:
        raise typer.BadParameter(f"must be ≥ 1, got {value} (leave it out for every row)")
    return value


LimitOpt = Annotated[
    int | None,
    typer.Option(help="At most this many rows (≥ 1; every row when left out).", callback=_positive_limit),
]


def check_date(value: str | None) -> str | None:
    """A ``--since`` / ``--until`` value checked at parse time (before any name is resolved)."""
    if value is None:
        return None
    from conflictkg.queries.api import iso_date  # the one date rule of ask, export and the API

    try:
        iso_date(value)
    except ConflictKGError as exc:
        raise typer.BadParameter(str(exc).removeprefix("date: ")) from exc
    return value


SinceOpt = Annotated[
    str | None,
    typer.Option(help="Only facts on or after this ISO date (2020, 2020-05-21).", callback=check_date),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        help="Only facts on or before this ISO date; 2020-05 means to the end of May.", callback=check_date
    ),
]


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt
