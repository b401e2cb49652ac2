"""English rules for short news notes, on sentences of our own: exact (actor, type, target, modality)
sets. A verb the parser hangs as a participle on the sentence's only noun is still the main verb when
it has no passive reading; people named by what they do ("miners", "journalists") protesting are
protesters of the note's country."""

from __future__ import annotations

import pytest
from unit.test_nlp_events import Fact, events

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    ("A group of residents protested in Lagos, Nigeria.",
     {("Protesters (Nigeria)", "PROTEST", None, "asserted")}),
    ("Textile workers, mostly women, protested against the mayor in Nis, Serbia.",
     {("Protesters (Serbia)", "PROTEST", None, "asserted")}),
    ("Miners protested in Donetsk, Ukraine, against unpaid wages.",
     {("Protesters (Ukraine)", "PROTEST", None, "asserted")}),
    ("Journalists held a rally outside the press club in Lahore, Pakistan.",
     {("Protesters (Pakistan)", "PROTEST", None, "asserted")}),
    # a participle with no "by" and a passive reading stays passive: nobody acts
    ("Three soldiers killed in Borno, Nigeria.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_notes(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected
