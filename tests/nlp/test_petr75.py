"""English event coding after the PETRARCH gold sentences (round petr75): a cooperative act its actor's
own reported words refuse ("said it would not provide aid") is a rejection; an arrest warrant issued
for someone coerces them; deepening or strengthening a partnership with an actor is cooperation;
attending a summit or talks is a consultation; 'protestor' is a protester; peacekeepers engaged are
fought; a building demolished by protesters is a riot; people killed by a crash were killed by no one;
opponents or critics of someone are never them; a passive's agent the parser hung on the complement
before it ("was threatened with sanctions by X") is its agent, and sanctions hit are one. Each rule
with a sentence it reads and one it must not."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(actor, type_, target) for actor, type_, target, _place in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya said it would not provide aid to Somalia.", ("Kenya", "REJECT", "Somalia")),
        ("A Kenyan court issued an arrest warrant for Somali opposition leader Ahmed Madobe.",
         ("Kenya", "COERCE", "Ahmed Madobe")),
        ("Brazil deepened its partnership with Argentina on Monday.", ("Brazil", "COOPERATE", "Argentina")),
        ("Chile and Peru agreed to strengthen their cooperation with Bolivia.",
         ("Peru", "COOPERATE", "Bolivia")),
        ("The Kenyan president attended a summit with Ugandan leaders in Kampala.",
         ("Kenya", "CONSULT", "Uganda")),
        ("Kenyan protestors blocked the main road to Nairobi on Tuesday.",
         ("Protesters (Kenya)", "PROTEST", None)),
        ("Somali militants engaged Kenyan peacekeepers in a long gun battle outside Kismayo.",
         ("Unidentified Armed Group (Somalia)", "FIGHT", "Kenya")),
        ("The police station in Kisumu was demolished by Kenyan protesters.",
         ("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya")),
        ("Critics of the Kenyan president protested in Nairobi on Monday.",
         ("Protesters (Kenya)", "PROTEST", None)),
        ("Kenya was threatened with sanctions by the United States.", ("United States", "THREATEN", "Kenya")),
        ("Kenya was hit with new sanctions by the United States.", ("United States", "SANCTION", "Kenya")),
        ("Five villagers were killed by gunmen in Mali.",
         ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)")),
    ],
)  # fmt: skip
def test_rule_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kenya said it would provide aid to Somalia.", "REJECT"),  # no refusal
        ("Israeli forces demolished two Palestinian homes in Hebron.", "PROTEST"),  # no crowd: no riot
        ("The Kenyan army hit the rebels with artillery near Kismayo.", "SANCTION"),  # hit with arms: a fight
    ],
)  # fmt: skip
def test_rule_keeps_its_other_reading(text: str, absent: str) -> None:
    got = triples(text)
    assert got and absent not in {t for _a, t, _g in got}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan court issued a ruling on the land dispute on Monday.",  # no warrant
        "Brazil deepened its partnership in energy.",  # with no partner named
        "Students attended a conference on climate change in Nairobi.",  # a conference: no talks
        "Kenyan officials attended a meeting on road safety in Mombasa.",  # a meeting with no partner
        "Five passengers were killed by the plane crash in Mali.",  # an accident, no attacker
        "Kenya was threatened with sanctions on Monday.",  # a passive with no agent anywhere
    ],
)  # fmt: skip
def test_rule_without_its_argument_reads_nothing(text: str) -> None:
    assert triples(text) == set()
