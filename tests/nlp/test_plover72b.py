"""PLOVER leftovers of English news (round plover72b): a vow or an oath is a promise as 'pledge' is
(a hostile act vowed: THREATEN; a peaceful one with no one it is made to: nothing), 'retaliate'
against an actor is a fight, talks and negotiations are symmetric (both sides named by 'between'),
and a hearing opened into something is an inquiry (INVESTIGATE). Each rule with a sentence it reads
and one it must not."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(actor, type_, target) for actor, type_, target, _place in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran vowed to retaliate against Israel.", ("Iran", "THREATEN", "Israel")),
        ("Al-Shabaab vowed to attack Kenyan troops in Somalia.", ("Al-Shabaab", "THREATEN", "Kenya")),
        ("The rebels swore to fight the army until the last man.",
         ("Unidentified Armed Group", "THREATEN", "Military Forces")),
        ("Iran said it would retaliate against any attack by Israel.", ("Iran", "THREATEN", "Israel")),
        ("Kenyan troops retaliated against Al-Shabaab fighters near Kismayo.",
         ("Military Forces of Kenya", "FIGHT", "Al-Shabaab")),
        ("The talks between Kenya and Uganda resumed in Kampala.", ("Uganda", "CONSULT", "Kenya")),
        ("The Nigerian parliament opened a hearing into the killings in Benue.",
         ("Nigeria", "INVESTIGATE", None)),
    ],
)  # fmt: skip
def test_rule_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president vowed to rebuild the schools destroyed in the floods.",  # a peaceful vow, to no one
        "The opposition vowed to continue the protests.",  # nothing hostile vowed
        "Kenyan troops retaliated after the attack.",  # retaliated against no one
        "The Kenyan court held a hearing on the case on Monday.",  # a hearing opened into nothing
    ],
)  # fmt: skip
def test_rule_without_its_argument_reads_nothing(text: str) -> None:
    assert triples(text) == set()
