"""`conflictkg report`: the self-contained HTML report (map, network, timelines) in one file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from conflictkg.cli.ask import CountryOpt, SourceOpt
from conflictkg.cli.common import SinceOpt, UntilOpt, settings_of
from conflictkg.errors import ConflictKGError


def report(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Write one HTML page (no network needed) with a map of events and of places that changed hands,
    the alliance / opposition network and per-actor timelines."""
    from conflictkg.queries.api import KnowledgeGraph
    from conflictkg.report import write_report

    if out.is_dir():
        raise ConflictKGError(f"{out}: is a directory; give a file name such as {out / 'report.html'}")
    kg = KnowledgeGraph(settings_of(ctx).store())
    try:
        data = write_report(kg, out, since=since, until=until, country=country, source=source)
    except OSError as exc:
        raise ConflictKGError(f"{out}: cannot write ({exc.strerror})") from exc
    print(
        f"wrote {out}: {len(data.events)} events, {len(data.changes)} changes of control, "
        f"{data.network.number_of_edges()} support / opposition links"
    )


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.command("report")(report)
