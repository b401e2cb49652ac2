"""French war reporting (issue 14), round 26: the parser's slips around a verb's object in
wire-style sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED as PUBLISHED
from unit._extract import Row, facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

SYR_ARMY, SYR_ARMED = "Syrian Arab Army", "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à Alep" on the verb is where the fight is; the other side is the "à" complement the
        # parser hangs on the object
        ("De violents combats ont opposé l'armée aux rebelles à Alep.",
         {(SYR_ARMY, "FIGHT", SYR_ARMED, "Aleppo"), (SYR_ARMED, "FIGHT", SYR_ARMY, "Aleppo")}),
        ("Des heurts ont opposé les soldats aux rebelles à Homs.",
         {(SYR_ARMY, "FIGHT", SYR_ARMED, "Homs"), (SYR_ARMED, "FIGHT", SYR_ARMY, "Homs")}),
    ],
)  # fmt: skip
def test_a_place_is_no_side_of_a_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the receiver of a delivery, hung on the thing delivered ("armes" <- "à l'ASL")
        ("Le Qatar a fourni des munitions à l'ASL.", {("Qatar", "AID", "Free Syrian Army", None)}),
        ("La Turquie a livré des fusils aux rebelles syriens.", {("Turkey", "AID", SYR_ARMED, None)}),
    ],
)  # fmt: skip
def test_the_receiver_hung_on_the_object_is_the_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


MLI_ARMY, MLI_ARMED = "Malian Armed Forces", "Unidentified Armed Group (Mali)"
MLI_FIGHT = {(MLI_ARMY, "FIGHT", MLI_ARMED, "Konna"), (MLI_ARMED, "FIGHT", MLI_ARMY, "Konna")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of a fight noun that is the subject of "se poursuivre", "se dérouler", "éclater"
        ("Les combats entre l'armée et les rebelles se poursuivent à Homs.",
         {(SYR_ARMY, "FIGHT", SYR_ARMED, "Homs"), (SYR_ARMED, "FIGHT", SYR_ARMY, "Homs")}),
        ("Des combats se déroulent à Konna entre l'armée malienne et les jihadistes.", MLI_FIGHT),
        # "à Konna" read as an infinitive's marker and Konna as a verb: still where, and the sides
        # hung on it still the sides
        ("Des combats ont éclaté à Konna entre l'armée et les jihadistes.", MLI_FIGHT),
        # the town of the fight, not the one it is measured from
        ("Les combats entre l'armée et les jihadistes ont éclaté à Konna, à 60 km de Mopti.", MLI_FIGHT),
    ],
)  # fmt: skip
def test_fights_told_by_their_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approving a sending of troops plans it, as preparing one does (planning_verbs): the
        # approver's MOBILIZE, hypothetical; approving an agreement is no event of its own here
        ("Les dirigeants de la CEDEAO ont approuvé l'envoi de 2000 soldats au Mali.",
         {("ECOWAS", "MOBILIZE", None, "Mali", "hypothetical")}),
        ("Le Parlement a approuvé le nouveau budget.", set()),
    ],
)  # fmt: skip
def test_an_approved_sending_is_planned(
    text: str, expected: set[tuple[str, str, str | None, str | None, str]]
) -> None:
    f = facts(text, "fr", PUBLISHED)
    names = {a.id: a.name for a in f.actors}
    places = {loc.id: loc.name for loc in f.locations}
    got = {(names[e.actor_id], e.type, names.get(e.target_id or ""), places.get(e.location_id or ""),
            e.modality) for e in f.events}  # fmt: skip
    assert got == expected
