"""English round plover82: PLOVER families that carry. Someone placed or put under investigation is
investigated (INVESTIGATE, CAMEO 09; with no agent, the police of the place's country), as one placed
under arrest is arrested; refugees accepted, admitted, received or hosted are aid (AID,
CAMEO 075, grant asylum), and refused or denied in the future a rejection (REJECT, CAMEO 12); the
fighting refugees flee is none of the host's (nlp/events/actors.nominal_actor), nor one told as a
cause; a participle the parser made the subject describes the name before it; relations reduced
(an embassy closed, mediation halted between two sides); the Holy See
(the Vatican) is a state. The PLOVER evaluation
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
        # the fighting refugees flee is no act of the state that receives them
        ("Kenya received thousands of refugees fleeing the fighting in Somalia.",
         {("Kenya", "AID", None, "asserted"),
          ("Unidentified Armed Group (Somalia)", "FIGHT", None, "asserted")}),
        # denied in its own future words, or refused: a rejection
        ("Lebanon said it would not accept new refugees from Syria.",
         {("Lebanon", "REJECT", None, "asserted")}),
        ("Chad refused to admit refugees from Darfur.", {("Chad", "REJECT", None, "asserted")}),
        # refugees received as visitors are no asylum; a plan accepted stays an agreement; a guest
        # hosted stays a meeting; people taken are still abducted
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an -ing participle the parser made the subject describes the name before it
        ("The Red Crescent working in Gaza said Israel must open the crossings.",
         {("Red Crescent", "REQUEST", "Israel", "asserted")}),
        ("Rebels fighting in Darfur accused Chad of arming the militia.",
         {("Unidentified Armed Group (Sudan)", "ACCUSE", "Chad", "asserted")}),
        # a gerund subject with no name before it stays the subject
        ("Fighting in Darfur killed twelve villagers.",
         {("Unidentified Armed Group (Sudan)", "ASSAULT", "Civilians (Sudan)", "asserted")}),
    ],
)  # fmt: skip
def test_a_participle_after_the_subject(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight told as a cause is none of the subject's
        ("Italy closed its embassy in Damascus because of the fighting.",
         {("Italy", "SANCTION", "Syria", "asserted")}),
        ("Schools in Bangui closed due to the clashes.", set()),
        # with a partner of its own, the subject is a side
        ("The rebels left Goma because of clashes with the army.",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", "asserted")}),
    ],
)  # fmt: skip
def test_a_fight_told_as_a_cause(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria suspended its mediation between Mali and the Tuareg rebels.",
         {("Algeria", "SANCTION", "Mali", "asserted")}),
        ("Norway halted talks between Colombia and the guerrillas.",
         {("Norway", "SANCTION", "Colombia", "asserted")}),
        ("Canada shut its embassy in Tehran.", {("Canada", "SANCTION", "Iran", "asserted")}),
        # a road to an embassy closed is no step against a state
        ("Police closed the road to the Iranian embassy.", set()),
    ],
)  # fmt: skip
def test_relations_reduced(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Vatican accused Sudan of persecuting Christians.",
         {("Holy See", "ACCUSE", "Sudan", "asserted")}),
        ("The Holy See appealed to Nigeria to protect churches.",
         {("Holy See", "REQUEST", "Nigeria", "asserted")}),
    ],
)  # fmt: skip
def test_the_holy_see_acts(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no longer" negates the verb: a cooperative act refused in the actor's own future
        ("Uganda will no longer admit refugees from Congo.", {("Uganda", "REJECT", None, "asserted")}),
        # "longer" alone negates nothing
        ("Malian troops fought longer than planned near Gao.",
         {("Malian Armed Forces", "FIGHT", None, "asserted")}),
    ],
)  # fmt: skip
def test_no_longer(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected
