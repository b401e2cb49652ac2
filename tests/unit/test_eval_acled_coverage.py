"""The ACLED coverage script: its territory score and its command line on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.acled_coverage import main, territory

REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"


def _row(gold: bool, ours: bool, sub: str = "Armed clash") -> dict[str, bool | str]:
    return {"territory_gold": gold, "territory_ours": ours, "sub_event_type": sub}


def test_territory_scores_capture_against_acled_territory_changes() -> None:
    rows = [
        _row(True, True, REGAINS), _row(True, False, OVERTAKES), _row(False, True), _row(False, True),
        _row(False, False),
    ]  # fmt: skip
    assert territory(rows) == {
        "tp": 1, "gold": 2, "ours": 3, "p": 0.333, "r": 0.5, "f1": 0.4,
        "by_sub_event": {REGAINS: {"gold": 1, "tp": 1, "r": 1.0}, OVERTAKES: {"gold": 1, "tp": 0, "r": 0.0}},
    }  # fmt: skip


def test_missing_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--file", str(tmp_path / "none.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_every_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--every", "0"]) == 2
    assert capsys.readouterr().err == "error: --every and --limit take a positive number\n"
