"""The Chromium driver says why a browser did not come up instead of a bare timeout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from browser.cdp import Chromium


def test_a_browser_that_exits_at_start_is_retried_and_its_output_reported(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text(
        f"#!{sys.executable}\nimport sys\nprint('no display for you', file=sys.stderr)\nsys.exit(3)\n"
    )
    fake.chmod(0o755)
    with pytest.raises(RuntimeError) as failed:
        Chromium(str(fake))
    message = str(failed.value)
    assert message.count("exited with 3") == Chromium.ATTEMPTS
    assert message.count("no display for you") == Chromium.ATTEMPTS
