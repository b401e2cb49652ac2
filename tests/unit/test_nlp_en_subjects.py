"""English subjects the parser loses, on sentences of our own: exact (actor, type, target, modality)
sets. A subject hung as an apposition or a conjunct on a fronted place is still the verb's subject,
even with an "of" phrase or a relative clause after it; a common noun that names no known actor
acting with a clear predicate is the predicate's generic group (the knowledge base is an aid, not a
gate); a demand a protest is staged for is the protest's purpose, not an event of its own."""

from __future__ import annotations

import pytest
from unit.test_nlp_events import Fact, events

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    ("On 3 June, in Cusco, Peru, nurses of the regional hospital staged a demonstration to demand masks.",
     {("Protesters (Peru)", "PROTEST", None, "asserted")}),
    ("On 5 June, in Rakhine State, Myanmar military and the Arakan Army clashed near Kyauktaw.",
     {("Tatmadaw", "FIGHT", "Arakan Army", "asserted"), ("Arakan Army", "FIGHT", "Tatmadaw", "asserted")}),
    ("About 300 bakers protested in Accra, Ghana, demanding lower flour prices.",
     {("Protesters (Ghana)", "PROTEST", None, "asserted")}),
    ("Hunters protested in Lyon, France, against the new rules.",
     {("Protesters (France)", "PROTEST", None, "asserted")}),
    ("On 6 May, in Pune, India, bakers clashed with police over flour prices.",
     {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "asserted")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_subjects(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected
