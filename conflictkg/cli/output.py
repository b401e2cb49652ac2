"""Rows → table (rich), JSON or CSV, for the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def to_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2, default=_jsonable)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_jsonable)
    return str(value)


TABLE_CELL_CHARS = 160
# A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...)): CSV escapes them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A value as a CSV cell, text that a spreadsheet would run as a formula quoted with a leading '.

    Numbers stay as they are (-12.5 is a longitude, not a formula); json output is never escaped.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = _cell(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _short(text: str) -> str:
    """Tables are for people: long cells (evidence lists) are cut; json and csv keep everything."""
    return text if len(text) <= TABLE_CELL_CHARS else text[: TABLE_CELL_CHARS - 1] + "…"


PIPED_CELL_CHARS = 60  # a piped table: every cell on one line, cut to this
PIPED_EVIDENCE_CHARS = 80  # the evidence sentence gets a little more
_LONG_COLUMNS = {"evidence", "sentence", "articles", "article", "summary"}


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _evidence_cell(value: Any) -> str:
    """Evidence as one line: the first sentence, and how many more there are."""
    if isinstance(value, list) and value:
        first = value[0]
        text = str(first.get("sentence") or "") if isinstance(first, dict) else _cell(first)
        return f"{text} (+{len(value) - 1} more)" if len(value) > 1 else text
    return _cell(value)


def to_plain_table(rows: list[dict[str, Any]], title: str | None = None) -> str:
    """The table for a pipe or a file (not a terminal): a header line, then exactly one line per row,
    columns aligned with two spaces; cells on one line, long ones (evidence) cut with an ellipsis."""
    columns = list(rows[0])
    cells = [
        [
            _one_line(_evidence_cell(row.get(c)) if c in _LONG_COLUMNS else _cell(row.get(c)),
                      PIPED_EVIDENCE_CHARS if c in _LONG_COLUMNS else PIPED_CELL_CHARS)
            for c in columns
        ]
        for row in rows
    ]  # fmt: skip
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = [] if title is None else [title]
    for line in [columns, *cells]:
        lines.append("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return buf.getvalue()


def render(
    rows: list[dict[str, Any]],
    fmt: str,
    *,
    title: str | None = None,
    empty: str = "No results.",
    out: TextIO | None = None,
) -> None:
    if fmt == "json":
        print(to_json(rows), file=out)
        return
    if fmt == "csv":
        print(to_csv(rows), end="", file=out)
        return
    console = Console(file=out, soft_wrap=False)
    if not rows:
        console.print(empty)
        return
    if not console.is_terminal:  # piped or redirected: one line per row, for grep, sort and awk
        print(to_plain_table(rows, title), end="", file=out)
        return
    table = Table(title=title, show_lines=False)
    for col in rows[0]:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_short(_cell(v)) for v in row.values()))
    console.print(table)
