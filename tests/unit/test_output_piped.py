"""A table sent to a pipe or a file: exactly one line per row, aligned, evidence cut to one line."""

from __future__ import annotations

import io

from conflictkg.cli.output import PIPED_EVIDENCE_CHARS, render

ROWS = [
    {
        "backer": "Turkey",
        "backed": "Government of National Accord",
        "events": 4,
        "evidence": "“La Turquie a affirmé son soutien.” (a.txt)\n“Ankara has long backed the GNA, as the "
        "many statements of its officials over the years of the war in Libya have made clear.” (b.txt)",
    },
    {"backer": "Russia", "backed": "Libyan National Army", "events": 1, "evidence": None},
]


def piped(rows: list[dict], title: str | None = None) -> str:
    out = io.StringIO()  # not a terminal
    render(rows, "table", title=title, out=out)
    return out.getvalue()


def test_one_line_per_row() -> None:
    text = piped(ROWS, title="Who backs whom")
    lines = text.splitlines()
    assert len(lines) == 2 + len(ROWS)
    assert lines[0] == "Who backs whom"
    assert lines[1] == "backer  backed                         events  evidence"
    assert lines[3] == "Russia  Libyan National Army           1"
    evidence = lines[2][len("Turkey  Government of National Accord  4       ") :]
    assert len(evidence) == PIPED_EVIDENCE_CHARS and evidence.endswith("…")
    assert evidence.startswith("“La Turquie a affirmé son soutien.” (a.txt) “Ankara has long")


def test_evidence_lists_show_their_first_sentence() -> None:
    rows = [{"place": "Asaba", "evidence": [{"sentence": "LNA forces took Asaba.", "article": "x"}] * 3}]
    assert piped(rows).splitlines() == ["place  evidence", "Asaba  LNA forces took Asaba. (+2 more)"]


def test_empty_and_plain_values() -> None:
    assert piped([]) == "No results.\n"
    assert piped([{"id": 1, "tags": ["a", "b"]}]).splitlines() == ["id  tags", '1   ["a", "b"]']
