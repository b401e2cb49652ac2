"""`conflictkg import acled|gdelt FILE...`, `conflictkg link`, `conflictkg ask corroboration`:
structured event sources, and the links between the sources.

An import writes its records in batches (re-importing changes nothing; an updated record replaces
its old version), quarantines bad rows with their line number and goes on, then recomputes the
derived SUPPORTS / CONTROLS and the cross-source SAME_AS links. Exit 3 when rows were quarantined.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from conflictkg.cli.ask import ask_app
from conflictkg.cli.common import FormatOpt, LimitOpt, check_format, err, settings_of
from conflictkg.cli.output import render
from conflictkg.errors import InputError
from conflictkg.exitcodes import EXIT_QUARANTINED

import_app = typer.Typer(
    help="Import structured event data (ACLED exports, GDELT 2.0 event files) into the graph.",
    no_args_is_help=True,
)

FilesArg = Annotated[list[Path], typer.Argument(help="Files to import.")]
ForceOpt = Annotated[bool, typer.Option(help="Rewrite records even when unchanged.")]
NoLinkOpt = Annotated[
    bool, typer.Option("--no-link", help="Skip the derived facts and cross-source links after the import.")
]
BatchOpt = Annotated[int, typer.Option(min=1, help="Records looked up in the graph at a time.")]
NoGazetteerOpt = Annotated[
    bool,
    typer.Option(
        "--no-gazetteer",
        help="Keep the records' own place names and coordinates instead of matching them to the "
        "gazetteer's places (faster; places then differ from those of extracted articles).",
    ),
]


def _after_import(ctx: typer.Context) -> None:
    from conflictkg.derived.derive import derive
    from conflictkg.derived.linking import link

    store = settings_of(ctx).store()
    derive(store)
    stats = link(store)
    err.print(f"linked: {stats.links} SAME_AS between sources ({stats.removed} removed)")


def _run(
    ctx: typer.Context,
    files: list[Path],
    source: str,
    read: Callable[[Path, Any], Iterator[Any]],
    *,
    force: bool,
    no_link: bool,
    batch_size: int,
    fmt: str,
    no_gazetteer: bool,
) -> None:
    from conflictkg.jobs.ingest import Quarantine
    from conflictkg.structured.resolver import Resolver, import_facts

    check_format(fmt)
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    settings = settings_of(ctx)
    store = settings.store()
    quarantine = Quarantine(settings.home / "quarantine")
    # the user's --kb actors resolve record names as they resolve names in articles
    resolver = Resolver(kb=settings.user_kb(), gazetteer=False if no_gazetteer else None)
    summaries = []
    for path in files:
        summary = import_facts(
            store,
            read(path, resolver),
            source=source,
            quarantine=quarantine,
            batch_size=batch_size,
            force=force,
        )
        for origin, reason in summary.failures:
            err.print(f"quarantined: {origin}: {reason}", markup=False)
        err.print(
            f"{path}: read {summary.read}, new {summary.new}, updated {summary.updated}, "
            f"unchanged {summary.unchanged}, skipped {summary.skipped}, quarantined {summary.quarantined}, "
            f"events {summary.events} in {summary.duration_s:.2f}s ({summary.rows_per_s:.0f} rows/s)",
            markup=False,
        )
        summaries.append({"file": str(path), **summary.as_dict()})
    if not no_link:
        _after_import(ctx)
    if fmt != "table":
        render(summaries, fmt)
    if any(s["quarantined"] for s in summaries):
        raise typer.Exit(EXIT_QUARANTINED)


@import_app.command("acled")
def import_acled(
    ctx: typer.Context,
    files: FilesArg,
    force: ForceOpt = False,
    no_link: NoLinkOpt = False,
    batch_size: BatchOpt = 1000,
    no_gazetteer: NoGazetteerOpt = False,
    fmt: FormatOpt = "table",
) -> None:
    """Import ACLED CSV exports (current schema or the 2016-era one with ally_actor_* columns)."""
    from conflictkg.structured.acled import read_acled

    _run(
        ctx, files, "acled", read_acled, force=force, no_link=no_link, batch_size=batch_size, fmt=fmt,
        no_gazetteer=no_gazetteer,
    )  # fmt: skip


@import_app.command("gdelt")
def import_gdelt(
    ctx: typer.Context,
    files: FilesArg,
    force: ForceOpt = False,
    no_link: NoLinkOpt = False,
    batch_size: BatchOpt = 1000,
    no_gazetteer: NoGazetteerOpt = False,
    fmt: FormatOpt = "table",
) -> None:
    """Import GDELT 2.0 event exports (*.export.CSV, tab-separated, 61 columns; or the .zip)."""
    from conflictkg.structured.gdelt import read_gdelt

    _run(
        ctx, files, "gdelt", read_gdelt, force=force, no_link=no_link, batch_size=batch_size, fmt=fmt,
        no_gazetteer=no_gazetteer,
    )  # fmt: skip


def link_command(
    ctx: typer.Context,
    per_source: Annotated[
        int, typer.Option(min=1, help="Most links an event keeps to each other source.")
    ] = 3,
) -> None:
    """Recompute the SAME_AS links between events of different sources (text, acled, gdelt)."""
    from conflictkg.derived.linking import link

    stats = link(settings_of(ctx).store(), per_source=per_source)
    print(
        f"{stats.events} events compared, {stats.candidates} candidate pairs, "
        f"{stats.links} SAME_AS links ({stats.removed} removed)"
    )


def derive_command(
    ctx: typer.Context,
    all_: Annotated[
        bool, typer.Option("--all", help="Recompute every derived fact (the only form run by hand).")
    ] = False,
) -> None:
    """Recompute the derived SUPPORTS, OPPOSES and CONTROLS facts from the events.

    Each ingest already recomputes the facts of the actor pairs and places it touched; ``--all``
    rebuilds every one (after a change of the knowledge base, or a run that crashed before its
    derive step).
    """
    from conflictkg.derived.derive import derive

    if not all_:
        raise InputError(
            "nothing to do: each ingest derives what it touched; `derive --all` rebuilds everything"
        )
    stats = derive(settings_of(ctx).store())
    print(
        f"SUPPORTS {stats.supports} ({stats.supports_removed} removed), "
        f"OPPOSES {stats.opposes} ({stats.opposes_removed} removed), "
        f"CONTROLS {stats.controls} ({stats.controls_removed} removed)"
    )


def corroboration(
    ctx: typer.Context,
    source: Annotated[
        str | None, typer.Option(help="Only records of this source count: acled or gdelt.")
    ] = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="Only extracted events no structured record confirms.")
    ] = False,
    confirmed: Annotated[bool, typer.Option("--confirmed", help="Only confirmed events.")] = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Per event extracted from text: the ACLED / GDELT records that confirm it (SAME_AS)."""
    from conflictkg.queries.api import corroboration as corroboration_rows

    check_format(fmt)
    if source is not None and source not in ("acled", "gdelt"):
        raise typer.BadParameter(f"unknown source {source!r}; use acled or gdelt", param_hint="--source")
    if missing and confirmed:
        raise typer.BadParameter("--missing and --confirmed exclude each other")
    status = "unconfirmed" if missing else "confirmed" if confirmed else None
    rows = corroboration_rows(settings_of(ctx).store(), source, status, limit)
    if fmt == "table":
        rows = [{**r, "records": _records_text(r["records"])} for r in rows]
    render(rows, fmt, title="Corroboration of extracted events", empty="No extracted events.")


def _records_text(records: list[dict[str, Any]], shown: int = 3) -> str:
    lines = [f"{r['source']} {r['record']} {r['type']} {r['date']} ({r['score']})" for r in records[:shown]]
    if len(records) > shown:
        lines.append(f"… and {len(records) - shown} more")
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.add_typer(import_app, name="import")
    app.command("link")(link_command)
    app.command("derive")(derive_command)
    ask_app.command("corroboration")(corroboration)
