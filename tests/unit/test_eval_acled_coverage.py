"""The ACLED coverage script: its territory score and its command line on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.acled_coverage import main, territory


def _row(gold: bool, ours: bool) -> dict[str, bool]:
    return {"territory_gold": gold, "territory_ours": ours}


def test_territory_scores_capture_against_acled_territory_changes() -> None:
    rows = [_row(True, True), _row(True, False), _row(False, True), _row(False, True), _row(False, False)]
    assert territory(rows) == {"tp": 1, "gold": 2, "ours": 3, "p": 0.333, "r": 0.5, "f1": 0.4}


def test_missing_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--file", str(tmp_path / "none.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_every_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--every", "0"]) == 2
    assert capsys.readouterr().err == "error: --every and --limit take a positive number\n"
