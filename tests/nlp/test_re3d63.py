"""English regimes named by their ruler, round re3d63 (issue 14): "the Asad regime", "the Gaddafi
regime" is the state the ruler governs (its military when it fights), not the ruler in person."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruler's other spelling ("Asad") before "regime": the state, which fights with its army
        ("Observers say the Asad regime dropped barrel bombs on civilians in Homs.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        # a ruler the KB resolves the whole phrase to in person: still the state
        ("The Gaddafi regime detained dozens of protesters in Benghazi.",
         {("Libya", "COERCE", "Protesters (Libya)", "Benghazi")}),
    ],
)  # fmt: skip
def test_ruler_regime_is_the_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the KB does not know as a ruler: no state is made up
        ("Rebels said the Smith regime had shelled the town.", set()),
        # the ruler without a regime noun is still the person (who speaks for the state as before)
        ("President Asad met the Russian envoy in Damascus.", {("Syria", "CONSULT", "Russia", "Damascus")}),
        ("The Asad family fled to Moscow.", set()),
    ],
)  # fmt: skip
def test_no_regime_no_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
