"""English round 43: PLOVER primary types (issue 14). A demand restated with its content clause
("renewed its demand that X leave") is the speaker's request of X, and what it asks, like what someone
has the right to do, is no act done; defending another's right is support; allowing someone to act is
a concession to them; suspending, halting or freezing aid, links or ties is a sanction."""

from __future__ import annotations

import pytest
from unit._extract import events

pytestmark = pytest.mark.nlp

Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause hung on the demand noun, or on the verb the noun is the object of
        ("Iran repeated its demand that the United States withdraw its troops from the Gulf.",
         {("Iran", "REQUEST", "United States", "asserted")}),
        ("The United Nations reiterated on Monday its demand that Israel lift curbs on Palestinian workers.",
         {("United Nations", "REQUEST", "Israel", "asserted")}),
        ("Pakistan made a demand that India hold talks on Kashmir.",
         {("Pakistan", "REQUEST", "India", "asserted")}),
        # demands with no content clause are no request made here
        ("Protesters marched in Nairobi to press their demands.",
         {("Protesters (Kenya)", "PROTEST", None, "asserted")}),
    ],
)  # fmt: skip
def test_a_demand_restated_with_its_clause(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France defended the right of Turkish troops to attack militants in Iraq.",
         {("France", "SUPPORT", "Military Forces of Turkey", "asserted")}),
        # what one has the right to do is not done
        ("Turkey said it has the right to strike Kurdish rebels in Iraq.", set()),
    ],
)  # fmt: skip
def test_a_right_is_no_act(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta allowed the opposition to hold a rally in Yangon.",
         {("Myanmar", "CONCEDE", "Opposition (Myanmar)", "asserted")}),
        ("Israel permitted Palestinian workers to enter Israel.",
         {("Israel", "CONCEDE", "Civilians (Palestine)", "asserted")}),
        # a thing allowed, with no one let act, is no concession to anyone
        ("The government allowed the delivery of food to Darfur.", set()),
    ],
)  # fmt: skip
def test_allowing_someone_to_act_is_a_concession(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy on Wednesday announced the suspension of air links with Serbia.",
         {("Italy", "SANCTION", "Serbia", "asserted")}),
        ("Germany halted its aid to Sudan.", {("Germany", "SANCTION", "Sudan", "asserted")}),
        ("Japan froze its aid to Myanmar.", {("Japan", "SANCTION", "Myanmar", "asserted")}),
        # a suspension of nothing given to anyone is none
        ("The airline suspended flights for a week.", set()),
    ],
)  # fmt: skip
def test_aid_or_links_suspended_are_a_sanction(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq invaded Kuwait in August.", {("Iraq", "FIGHT", "Kuwait", "asserted")}),
        ("Israel mounted an invasion of Lebanon on Monday.", {("Israel", "FIGHT", "Lebanon", "asserted")}),
        # the country's name before 2019 is still the state
        ("The United States provided weapons to Macedonia.",
         {("United States", "AID", "North Macedonia", "asserted")}),
        # a fight sworn is not fought yet: a threat (plover88, PLOVER THREATEN)
        ("The rebels have sworn to fight the army.",
         {("Unidentified Armed Group", "THREATEN", "Military Forces", "asserted")}),
    ],
)  # fmt: skip
def test_invasions_and_vows(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def test_violence_a_concession_lets_happen_is_told() -> None:
    got = events("The truce allows the Syrian army to shell the eastern Ghouta every day.", "en")
    assert ("Syrian Arab Army", "FIGHT", None, "asserted") in {(a, t, None, m) for a, t, _, m in got}
