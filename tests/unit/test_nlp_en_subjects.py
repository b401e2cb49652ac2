"""English subjects the parser loses, on sentences of our own: exact (actor, type, target, modality)
sets. A subject hung as an apposition or a conjunct on a fronted place is still the verb's subject,
even with an "of" phrase or a relative clause after it; a common noun that names no known actor
acting with a clear predicate is the predicate's generic group (the knowledge base is an aid, not a
gate); a demand a protest is staged for is the protest's purpose, not an event of its own."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    ("On 3 June, in Cusco, Peru, nurses of a public clinic staged a demonstration to demand gloves.",
     {("Protesters (Peru)", "PROTEST", None, "asserted")}),
    ("On 5 June, in Rakhine State, Myanmar military and the Arakan Army clashed near Kyauktaw.",
     {("Tatmadaw", "FIGHT", "Arakan Army", "asserted"), ("Arakan Army", "FIGHT", "Tatmadaw", "asserted")}),
    ("About 300 bakers protested in Accra, Ghana, demanding lower flour prices.",
     {("Protesters (Ghana)", "PROTEST", None, "asserted")}),
    ("Hunters protested in Lyon, France, against the new rules.",
     {("Protesters (France)", "PROTEST", None, "asserted")}),
    ("On 6 May, in Pune, India, bakers clashed with police over flour prices.",
     {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "asserted")}),
    # ACLED's strategic developments: property seized or looted is a COERCE (CAMEO 171), not a
    # capture, unless it is the spoils of a fight told in the same sentence; reinforcements and
    # patrols are a MOBILIZE; a label before a colon is no event
    ("Looting: On 2 June, rebels looted the crops of farmers near Tal Tamer, Syria.",
     {("Unidentified Armed Group (Syria)", "COERCE", "Civilians (Syria)", "asserted")}),
    ("On 4 June, gunmen seized a truck of an aid agency near Menaka, Mali.",
     {("Unidentified Armed Group (Mali)", "COERCE", None, "asserted")}),
    ("Police seized 300 rifles in a warehouse in Kano, Nigeria.",
     {("Police Forces of Nigeria", "COERCE", None, "asserted")}),
    ("Soldiers killed three militants near Gao, Mali, and seized their weapons.",
     {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "asserted")}),
    ("In Recife, Brazil, the state police seized roughly a ton of cannabis.", set()),
    ("On 6 June, Russian forces conducted a patrol near Qamishli, Syria.",
     {("Russian Armed Forces", "MOBILIZE", None, "asserted")}),
    # a hyphenated event noun the tokenizer split; a named actor compounded on a nominal event is its
    # actor
    ("On 2 June, in Niteroi, Brazil, it was reported that a shoot-out took place in Icarai neighborhood.",
     {("Unidentified Armed Group (Brazil)", "FIGHT", None, "asserted")}),
    ("On 4 June, Houthi reinforcements arrived at the fronts of Hajjah, Yemen.",
     {("Houthis", "MOBILIZE", None, "asserted")}),
    ("On 5 June, an IS attack on a checkpoint left two soldiers dead in Diyala, Iraq.",
     {("Islamic State", "FIGHT", None, "asserted")}),
    # a verb hung on a noun inside nested "of" phrases of the root noun; people named by what they are
    ("A group of employees of a supermarket chain protested in Sfax, Tunisia.",
     {("Protesters (Tunisia)", "PROTEST", None, "asserted")}),
    ("On 2 June, a pastor was abducted near Kaduna, Nigeria.",
     {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "asserted")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_subjects(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected
