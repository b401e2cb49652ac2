"""French war reporting (issue 14), round 44: passive killings by a body of states placed "près de
X", negated future acts in reported speech, and towns taken "à" a side. Sentences of our own, as
exact (actor, type, target, place) rows or (actor, type, target, modality) facts."""

from __future__ import annotations

import pytest
from unit._extract import events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
Fact = tuple[str, str, str | None, str]
MALI_ARMED = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "près de X" hung on the body noun is where it acted, not another body ("la coalition de X")
        ("Quatre jihadistes ont été tués par la coalition près de Gao.",
         {("Military Forces", "FIGHT", MALI_ARMED, "Gao")}),
        ("Trois insurgés ont été tués par la coalition près de Kandahar.",
         {("ISAF", "FIGHT", "Unidentified Armed Group (Afghanistan)", "Kandahār")}),
        # the agent of a passive killing fights the subject's group
        ("Six policiers ont été tués par des insurgés à Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
    ],
)  # fmt: skip
def test_passive_killing_by_a_body(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated conditional in reported speech is never told as done: in the actor's own words, a
        # cooperative act so denied is its refusal (REJECT, round petr75; as "will not withdraw")
        ("Le MNLA a déclaré qu'il ne retirerait pas ses troupes.",
         {("National Movement for the Liberation of Azawad", "REJECT", None, "asserted")}),
        ("Le MNLA a assuré qu'il ne quitterait pas Kidal.", set()),
    ],
)  # fmt: skip
def test_negated_future_act(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prendre X à Y": Y, hung on the town by the parser, is the side it was taken from
        ("Les islamistes ont repris Douentza à l'armée malienne.",
         {(MALI_ARMED, "CAPTURE", "Malian Armed Forces", "Douentza")}),
        ("Les jihadistes ont pris Gao à l'armée malienne.",
         {(MALI_ARMED, "CAPTURE", "Malian Armed Forces", "Gao")}),
        # the town read as a sentence of its own after an objectless verb
        ("Les rebelles touareg ont repris Kidal à l'armée malienne.",
         {(MALI_ARMED, "CAPTURE", "Malian Armed Forces", "Kidal")}),
        ("Les insurgés ont pris Ghazni aux forces afghanes lundi.",
         {("Unidentified Armed Group (Afghanistan)", "CAPTURE", "Military Forces of Afghanistan", "Ghazni")}),
    ],
)  # fmt: skip
def test_town_taken_from_a_side(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
