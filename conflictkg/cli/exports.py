"""`conflictkg export ...` and `conflictkg evaluate ...`."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from conflictkg.cli.common import SinceOpt, UntilOpt, err, settings_of

export_app = typer.Typer(
    help="Export what the graph holds, in the formats other tools read.", no_args_is_help=True
)

EXPORT_FORMATS = ("jsonl", "json", "csv")
EVAL_FORMATS = ("table", "json")


def _choice(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"unknown format {value!r}; use one of {', '.join(allowed)}")
    return value


@export_app.command("events")
def export_events(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (one event a line), json or csv.")
    ] = "jsonl",
    article: Annotated[
        str | None, typer.Option(help="Only this article: its path or URL as given to ingest.")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: Annotated[
        str | None, typer.Option(help="Only events from this source: text, acled or gdelt.")
    ] = None,
) -> None:
    """Print every event with its actor, target, place, date and evidence (streamed, stable order)."""
    from conflictkg.cli.output import csv_cell
    from conflictkg.queries.api import KnowledgeGraph
    from conflictkg.queries.export import (
        CSV_COLUMNS,
        STREAM_PAGE_SIZE,
        article_key,
        flatten,
        iter_event_lines,
        iter_events,
    )

    _choice(fmt, EXPORT_FORMATS)
    selection: dict[str, Any] = {
        "article": article_key(article) if article else None,
        "since": since,
        "until": until,
        "source": KnowledgeGraph.source_filter(source),
        "page_size": STREAM_PAGE_SIZE,
    }
    store = settings_of(ctx).store()
    out = sys.stdout
    if fmt == "jsonl":  # each line is json.dumps(event, ensure_ascii=False), written without the dicts
        for line in iter_event_lines(store, **selection):
            out.write(line + "\n")
    elif fmt == "json":
        out.write("[")
        for i, line in enumerate(iter_event_lines(store, **selection)):
            out.write(("," if i else "") + "\n  " + line)
        out.write("\n]\n")
    else:
        writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        for ev in iter_events(store, **selection):
            writer.writerow({k: csv_cell(v) for k, v in flatten(ev).items()})


def _pct(value: Any) -> str:
    return "—" if value is None else f"{value:.3f}"


def _short(text: str | None, limit: int = 200) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _score_table(title: str, scores: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title)
    for col in ("kind", "P", "R", "F1", "R+implicit", "tp", "fp", "fn", "gold", "predicted"):
        table.add_column(col, justify="left" if col == "kind" else "right", no_wrap=True)
    for kind, s in scores.items():
        table.add_row(
            kind, _pct(s["precision"]), _pct(s["recall"]), _pct(s["f1"]), _pct(s["recall_implicit"]),
            str(s["tp"]), str(s["fp"]), str(s["fn"]), f"{s['gold']}+{s['gold_implicit']}",
            str(s["predicted"]),
        )  # fmt: skip
    return table


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    """The evaluation report as tables: totals per fact kind, then each article's misses and extras."""
    if console is None:
        console = Console(soft_wrap=False)
        if not console.is_terminal:  # piped to a file: rich's 80 columns would fold the tables
            console = Console(soft_wrap=False, width=140)
    console.print(_score_table(f"{report['gold']}: all articles", report["totals"]))
    for art in report["articles"]:
        ev = art["scores"]["events"]
        head = f"{art['article']}" + ("" if art["url"] else "  (not in the graph)")
        console.print(f"\n[bold]{head}[/bold]  events P {_pct(ev['precision'])} R {_pct(ev['recall'])} "
                      f"F1 {_pct(ev['f1'])}", highlight=False)  # fmt: skip
        if not art["missed"] and not art["extra"]:
            continue
        table = Table(show_header=True, show_lines=False)
        for col in ("", "kind", "item", "evidence"):
            table.add_column(col, overflow="fold")
        for item in art["missed"]:
            label = "missed (implicit)" if item["implicit"] else "missed"
            table.add_row(label, item["kind"], item["text"], _short(item["evidence"]))
        for item in art["extra"]:
            table.add_row("extra", item["kind"], item["text"], _short(item["evidence"]))
        console.print(table)
    if report["not_found"]:
        console.print(f"\nnot in the graph: {', '.join(report['not_found'])}")


def evaluate_command(
    ctx: typer.Context,
    gold_file: Annotated[Path, typer.Argument(metavar="GOLD.json", help="A conflictkg-gold/1 file.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (for people) or json.")] = "table",
    ingest: Annotated[
        bool, typer.Option("--ingest/--no-ingest", help="Ingest the gold articles first (default).")
    ] = True,
) -> None:
    """Score the graph against a hand annotation: precision, recall and F1 per fact kind."""
    from conflictkg.evaluate import evaluate_store, ingest_gold, load_gold
    from conflictkg.jobs.ingest import Quarantine

    _choice(fmt, EVAL_FORMATS)
    gold = load_gold(gold_file)
    settings = settings_of(ctx)
    store = settings.store()
    urls: dict[str, str] = {}
    if ingest:
        from conflictkg.cli.jobs import build_extractor, lock_key
        from conflictkg.jobs.locking import RunLock

        with RunLock(settings.home, lock_key(settings), wait=60):  # not beside a running ingest job
            urls, failures = ingest_gold(
                store,
                gold,
                quarantine=Quarantine(settings.home / "quarantine"),
                extractor=build_extractor(settings, no_nlp=False),
            )
        for failure in failures:
            err.print(f"quarantined: {failure}", markup=False)
    report = evaluate_store(store, gold, urls).as_dict()
    if fmt == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.add_typer(export_app, name="export")
    app.command("evaluate")(evaluate_command)
