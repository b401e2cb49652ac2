"""PLOVER types by means (round plov50): a non-military bombing (suicide, car, roadside, improvised
device) is unconventional violence, an ASSAULT of CAMEO 183, whoever it hits; bombs with no word of
such means, air strikes and attacks stay a FIGHT."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows
from unit._extract import facts

pytestmark = pytest.mark.nlp

ARMED = "Unidentified Armed Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means in a prepositional phrase, as the subject, as the object, and as a relative's noun
        ("Insurgents killed four policemen in a roadside bomb attack on Friday.",
         {(ARMED, "ASSAULT", "Police Forces", None)}),
        ("A truck bomb wounded six soldiers outside the barracks.",
         {(ARMED, "ASSAULT", "Military Forces", None)}),
        ("A suicide bomber attacked a police checkpoint on the highway.",
         {(ARMED, "ASSAULT", "Police Forces", None)}),
        ("The insurgents detonated an improvised explosive device near a patrol.",
         {(ARMED, "ASSAULT", None, None)}),
        ("Militants planted an IED that wounded two soldiers on the road.",
         {(ARMED, "ASSAULT", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_unconventional_bombings_are_assaults(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word of unconventional means: aircraft bombing, a bare bomb, an attack, shelling
        ("Warplanes bombed insurgent positions on the ridge.",
         {("Military Forces", "FIGHT", ARMED, None)}),
        ("Insurgents killed four policemen in an attack on Friday.",
         {(ARMED, "FIGHT", "Police Forces", None)}),
        ("The army shelled rebel positions with heavy artillery.",
         {("Military Forces", "FIGHT", ARMED, None)}),
    ],
)  # fmt: skip
def test_other_attacks_stay_fights(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert rows(text) == expected


def test_bombing_cameo() -> None:
    f = facts("Insurgents killed four policemen in a car bomb attack on Friday.", "en")
    assert {(e.type, e.cameo) for e in f.events} == {("ASSAULT", "183")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # apologizing to X backs X (CAMEO 055); banning a party coerces it (1722); convicting X accuses X
        # (116); ending talks with X reduces relations with X (16)
        ("Ghana apologized to Togo for the border incident.", {("Ghana", "SUPPORT", "Togo", None)}),
        ("Zambia banned the opposition party on Monday.",
         {("Zambia", "COERCE", "Opposition (Zambia)", None)}),
        ("Rwanda convicted two Belgian journalists of spying.",
         {("Rwanda", "ACCUSE", "Journalists (Belgium)", None)}),
        ("Egypt ended its talks with Sudan.", {("Egypt", "SANCTION", "Sudan", None)}),
        # no one apologized to, nothing banned that is a party, nothing ended that is a relation
        ("Ghana apologized for the delay.", set()),
        ("Zambia banned the sale of alcohol.", set()),
        ("Egypt ended the year with a surplus.", set()),
    ],
)  # fmt: skip
def test_plover_verbs(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert rows(text) == expected
