"""Headless Chromium for the browser tests; screenshots go to ``.build/artefacts/`` (kept by CI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import IN_CI, ROOT

from browser.cdp import Chromium, Page, find_chromium

ARTEFACTS = ROOT / ".build" / "artefacts"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Chromium]:
    binary = find_chromium()
    if binary is None:
        reason = "no chromium on PATH (apt-get install -y chromium, or set CHROMIUM)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    browser = Chromium(binary)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium: Chromium) -> Iterator[Page]:
    tab = chromium.page()
    yield tab
    tab.close()


@pytest.fixture(scope="session")
def artefacts() -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS
