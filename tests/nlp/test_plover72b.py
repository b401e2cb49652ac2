"""PLOVER leftovers of English news (round plover72b): 'retaliate' against an actor is a fight
(threatened or announced: a threat), and a hearing opened into something is an inquiry
(INVESTIGATE). Each rule with a sentence it reads and one it must not."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(actor, type_, target) for actor, type_, target, _place in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran said it would retaliate against any attack by Israel.", ("Iran", "THREATEN", "Israel")),
        ("Iran threatened to retaliate against Israel.", ("Iran", "THREATEN", "Israel")),
        ("Kenyan troops retaliated against Al-Shabaab fighters near Kismayo.",
         ("Military Forces of Kenya", "FIGHT", "Al-Shabaab")),
        ("The Nigerian parliament opened a hearing into the killings in Benue.",
         ("Nigeria", "INVESTIGATE", None)),
    ],
)  # fmt: skip
def test_rule_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops retaliated after the attack.",  # retaliated against no one
        "The Kenyan court held a hearing on the case on Monday.",  # a hearing opened into nothing
    ],
)  # fmt: skip
def test_rule_without_its_argument_reads_nothing(text: str) -> None:
    assert triples(text) == set()
