"""English round plover82: PLOVER families that carry. Someone placed or put under investigation is
investigated (INVESTIGATE, CAMEO 09; with no agent, the police of the place's country), as one placed
under arrest is arrested; refugees accepted, admitted, received, hosted or taken in are aid (AID,
CAMEO 075, grant asylum), and refused or denied in the future a rejection (REJECT, CAMEO 12); the
fighting refugees flee is none of the host's (nlp/events/actors.nominal_actor). The PLOVER evaluation
meets a gold target that is a place with our event's place: a place is never a target in the graph."""

from __future__ import annotations

import pytest
from unit._extract import events

from conflictkg.model import Location
from eval.plover_types import place_match

pytestmark = pytest.mark.nlp

Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Belgian engineer was placed under investigation in Rwanda for spying.",
         {("Police Forces of Rwanda", "INVESTIGATE", "Civilians (Belgium)", "asserted")}),
        ("A Dutch aid worker has been put under investigation in Kenya over the missing funds.",
         {("Police Forces of Kenya", "INVESTIGATE", "Civilians (Netherlands)", "asserted")}),
        # placed under arrest stays an arrest
        ("A Belgian journalist was placed under house arrest in Kigali.",
         {("Police Forces of Rwanda", "COERCE", "Journalists (Belgium)", "asserted")}),
    ],
)  # fmt: skip
def test_placed_under_investigation(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda admitted thousands of refugees from South Sudan last month.",
         {("Uganda", "AID", None, "asserted")}),
        ("Tanzania accepted 3,000 refugees from Burundi.", {("Tanzania", "AID", None, "asserted")}),
        ("Zambia hosts some 40,000 refugees from Angola.", {("Zambia", "AID", None, "asserted")}),
        # the fighting refugees flee is no act of the state that takes them in (nor an abduction)
        ("Kenya took in thousands of refugees fleeing the fighting in Somalia.",
         {("Kenya", "AID", None, "asserted"),
          ("Unidentified Armed Group (Somalia)", "FIGHT", None, "asserted")}),
        # denied in its own future words, or refused: a rejection
        ("Lebanon said it would not accept new refugees from Syria.",
         {("Lebanon", "REJECT", None, "asserted")}),
        ("Chad refused to admit refugees from Darfur.", {("Chad", "REJECT", None, "asserted")}),
        # refugees received as visitors are no asylum; a plan accepted stays an agreement; a guest
        # hosted stays a meeting; people taken, not taken in, are still abducted
        ("The minister received a delegation of refugees.", set()),
        ("Sudan accepted the peace plan.", {("Sudan", "AGREE", None, "asserted")}),
        ("Kenya hosted Somalia for talks.", {("Kenya", "CONSULT", "Somalia", "asserted")}),
        ("Militants took in two hostages near Garissa.",
         {("Unidentified Armed Group (Kenya)", "ASSAULT", "Civilians (Kenya)", "asserted")}),
    ],
)  # fmt: skip
def test_refugees_taken_in(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def test_a_place_target_is_met_by_the_event_place() -> None:
    jericho = Location(id="l1", name="Jericho", aliases=["Ariha"])
    assert place_match([{"actorText": "Jericho"}], jericho)
    assert place_match([{"actorText": "the town of Ariha"}], jericho)
    assert not place_match([{"actorText": "Nablus"}], jericho)
    assert not place_match([{"actorText": "Jericho"}], None)
