"""Insurgent groups of India, the Philippines and Colombia the KB now knows by their short English
names ("Maoists", "MILF", "ELN", "FARC dissidents"), on sentences of our own: exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MILF and Manila agree to resume their talks",
            {
                ("Moro Islamic Liberation Front", "AGREE", "Philippines", None),
                ("Philippines", "AGREE", "Moro Islamic Liberation Front", None),
                # the talks agreed on, each with the other, not yet held (tests/nlp/test_merge78.py)
                ("Moro Islamic Liberation Front", "CONSULT", "Philippines", None),
                ("Philippines", "CONSULT", "Moro Islamic Liberation Front", None),
            },
        ),
        (
            "Maoists set fire to two road rollers in Chhattisgarh",
            {("Communist Party of India (Maoist)", "COERCE", None, "Chhattīsgarh")},
        ),
    ],
)
def test_short_names_of_insurgents(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
