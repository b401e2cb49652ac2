"""English rules for short news notes, on sentences of our own: exact (actor, type, target, modality)
sets. A verb the parser hangs as a participle on the sentence's only noun is still the main verb when
it has no passive reading; people named by what they do ("miners", "journalists") protesting are
protesters of the note's country."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    ("A group of residents protested in Lagos, Nigeria.",
     {("Protesters (Nigeria)", "PROTEST", None, "asserted")}),
    ("Garment workers, most of them women, protested against the city mayor in Nis, Serbia.",
     {("Protesters (Serbia)", "PROTEST", None, "asserted")}),
    ("Miners protested in Donetsk, Ukraine, against unpaid wages.",
     {("Protesters (Ukraine)", "PROTEST", None, "asserted")}),
    ("Journalists held a rally in front of the press club in Lahore, Pakistan.",
     {("Protesters (Pakistan)", "PROTEST", None, "asserted")}),
    # the subject hung as an apposition on a fronted place
    ("On 7 May, in Puebla, Mexico, taxi drivers protested demanding fuel subsidies.",
     {("Protesters (Mexico)", "PROTEST", None, "asserted")}),
    ("On 4 May, in Recife, Brazil, school teachers staged a protest against pay cuts.",
     {("Protesters (Brazil)", "PROTEST", None, "asserted")}),
    # a protest with no named protesters is the protesters'
    ("A protest was held in Minsk, Belarus, against the closure of a plant.",
     {("Protesters (Belarus)", "PROTEST", None, "asserted")}),
    ("The copper smelters held a protest in Yerevan, Armenia.",
     {("Protesters (Armenia)", "PROTEST", None, "asserted")}),
    ("Some forty migrant workers took out a protest march in Kochi, India.",
     {("Protesters (India)", "PROTEST", None, "asserted")}),
    # clashes and blasts nobody is named for are an unidentified armed group's; not when mentioned in
    # passing or as the toll of a fight told before
    ("Clashes erupted between rival tribesmen in Marib, Yemen.",
     {("Unidentified Communal Militia (Yemen)", "FIGHT", None, "asserted")}),
    ("A landmine exploded in a tractor near Hama, Syria.",
     {("Unidentified Armed Group (Syria)", "FIGHT", None, "asserted")}),
    ("Russian forces clashed with Ukrainian troops near Bakhmut. Three soldiers were killed in the fighting.",
     {("Russian Armed Forces", "FIGHT", "Armed Forces of Ukraine", "asserted")}),
    # a capture verb whose object is no territory takes none
    ("In Recife, Brazil, the state police seized roughly a ton of cannabis.", set()),
    # people taking part in a protest are the protesters detained (round protest82)
    ("Police detained three activists taking part in a protest in Moscow, Russia.",
     {("Police Forces of Russia", "COERCE", "Protesters (Russia)", "asserted"),
      ("Protesters (Russia)", "PROTEST", None, "asserted")}),
    ("The Syrian army recaptured the town of Saraqib from the rebels.",
     {("Syrian Arab Army", "CAPTURE", "Unidentified Armed Group (Syria)", "asserted")}),
    ("Syrian regime forces regained control of Saraqib in Idleb, Syria.",
     {("Syrian Arab Army", "CAPTURE", None, "asserted")}),
    # a participle with no "by" and a passive reading stays passive: an agentless killing is an unknown
    # armed group's
    ("Three soldiers killed in Borno, Nigeria.",
     {("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigerian Armed Forces", "asserted")}),
    ("A man was shot dead in Lagos, Nigeria.",
     {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "asserted")}),
    ("A woman was found dead near Kaduna, Nigeria.",
     {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "asserted")}),
    ("Two farmers were abducted near Kaduna, Nigeria.",
     {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "asserted")}),
    # ... but the toll of a violent event told before, or in the same sentence, is no event of its own
    ("Boko Haram attacked Jakana in Borno, Nigeria. Two soldiers were killed in the attack.",
     {("Boko Haram", "FIGHT", None, "asserted")}),
    ("Five civilians were killed in clashes between Boko Haram and ISWAP in Borno.",
     {("Boko Haram", "FIGHT", "Islamic State West Africa Province", "asserted"),
      ("Islamic State West Africa Province", "FIGHT", "Boko Haram", "asserted")}),
    # a verb hung on the root noun that has a subject of its own keeps it
    ("Arrests: police arrested two journalists in Lagos, Nigeria.",
     {("Police Forces of Nigeria", "COERCE", "Journalists (Nigeria)", "asserted")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_notes(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected
