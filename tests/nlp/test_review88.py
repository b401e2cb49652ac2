"""Round 88's review: the parties of a listed subject who vow a fight on one target (a threat since
round plover88) are one side, as when they fight it (nlp/events/joint_sides.py, called again once
nlp/events/intents.py has read the promise)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Somalia swore to fight al-Shabaab.",
         {("Kenya", "THREATEN", "Al-Shabaab", None), ("Somalia", "THREATEN", "Al-Shabaab", None),
          ("Kenya", "COOPERATE", "Somalia", None)}),
        ("Chad and Niger vowed to attack Boko Haram.",
         {("Chad", "THREATEN", "Boko Haram", None), ("Niger", "THREATEN", "Boko Haram", None),
          ("Chad", "COOPERATE", "Niger", None)}),
        # a joint promise of help is no side taken together
        ("Chad and Niger vowed to help Nigeria.",
         {("Chad", "AGREE", "Nigeria", None), ("Niger", "AGREE", "Nigeria", None)}),
    ],
)  # fmt: skip
def test_joint_threats(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert en_rows(text) == expected
