"""English article families left by round 84 (issue 14), round enmiss84b, in sentences of our own:

- a state word owning the support noun of a verb of support is the backer ("The minister reiterated
  UK support for Iraq": the United Kingdom, not the minister; "reaffirmed Russia's support"); a
  possessive pronoun ("his support") or a modifier naming no state ("strong support") leaves the verb's
  subject the backer (nlp/events/owned_support.py).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister reiterated UK support for Iraq.", {("United Kingdom", "SUPPORT", "Iraq", None)}),
        (
            "The foreign minister reaffirmed Russian support for Syria during talks.",
            {("Russia", "SUPPORT", "Syria", None)},
        ),
        (
            "Foreign Minister Sergei Lavrov reaffirmed Russia's support for Syria.",
            {("Russia", "SUPPORT", "Syria", None)},
        ),
        # near sentences: no state owns the support, the speaker stays the backer
        (
            "Defence Minister Ben Wallace reiterated strong support for Iraq.",
            {("Ben Wallace", "SUPPORT", "Iraq", None)},
        ),
        ("The UK reiterated its support for Iraq.", {("United Kingdom", "SUPPORT", "Iraq", None)}),
        ("The minister reiterated his support for Iraq.", set()),
    ],
)
def test_state_owned_support(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
