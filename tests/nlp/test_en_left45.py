"""English ACLED-style leftovers (issue 14, round en45): sentences of our own, as exact (actor,
type, target, place) rows. A counted noun before a bare participle is hurt, not hurting; backing a
party's act backs that party; an office met is the focus country's government; the ground a capture
took was its named owner's, and the clashes told in passing on it were fought there, against it;
what an actor failed to do is denied."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows
from unit._extract import modal_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
DRC_ARMY = "Armed Forces of the Democratic Republic of the Congo"
ADF = "Allied Democratic Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a telegraphic toll: the counted policeman was wounded, he fought no one
        ("Three people were killed, 1 policeman wounded by a machete and 12 villagers injured.",
         {("Unidentified Armed Group", "ASSAULT", "Civilians", None)}),
        # the counted soldiers were killed: an unnamed attacker, as with a bare number ("Twelve killed"),
        # on the soldiers' forces (round en50)
        ("Two soldiers killed, five civilians injured in Kano.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigerian Armed Forces", "Kano")}),
        # after a riot, the wounded soldier attacks no one; the agentless dead stay an unnamed attack
        ("Villagers threw stones at troops in Jos. Troops fired back. "
         "Two people were killed and 1 soldier wounded by a stone.",
         {("Nigerian Armed Forces", "COERCE", "Rioters (Nigeria)", "Jos"),
          ("Rioters (Nigeria)", "PROTEST", "Nigerian Armed Forces", "Jos"),
          ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Jos")}),
    ],
)  # fmt: skip
def test_counted_victims_are_no_actors(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surrender told before is the rebels': welcoming it backs them
        ("The M23 rebels surrendered in Goma. The government welcomed the surrender.",
         {("M23", "CONCEDE", None, "Goma"), ("DR Congo", "SUPPORT", "M23", None)}),
        # no surrender told, no one named: nobody is backed
        ("The army hailed the surrender.", set()),
        # the act's "of" complement is whose it is
        ("Demonstrators rallied in Tripoli to back the decision of the GNA.",
         {("Protesters (Libya)", "PROTEST", None, "Tripoli"),
          ("Protesters (Libya)", "SUPPORT", "Government of National Accord", "Tripoli")}),
        # a leader's announcement is his, not that of the force it speaks of
        ("Hundreds marched in Benghazi to endorse the announcement of Khalifa Haftar that the LNA "
         "would take over.",
         {("Protesters (Libya)", "PROTEST", None, "Benghazi"),
          ("Protesters (Libya)", "SUPPORT", "Khalifa Haftar", "Benghazi")}),
    ],
)  # fmt: skip
def test_backing_an_act_backs_its_party(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia surrendered after meeting the district governor in Goma.",
         {("Unidentified Communal Militia (Democratic Republic of Congo)", "CONCEDE", None, "Goma"),
          ("Unidentified Communal Militia (Democratic Republic of Congo)", "CONSULT", "DR Congo", "Goma")}),
        ("M23 commanders met the governor in Goma.", {("M23", "CONSULT", "DR Congo", "Goma")}),
    ],
)  # fmt: skip
def test_an_office_met_is_the_government(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stronghold is in Mbau (near Beni): taken there from the group that held it
        ("Troops seized an ADF rebel stronghold in the locality of Mbau, near Beni, after fighting "
         "with the rebels.",
         {(DRC_ARMY, "CAPTURE", ADF, "Mbau"), (DRC_ARMY, "FIGHT", ADF, "Mbau")}),
        # the side fought in passing is the one the town was taken from
        ("Soldiers took control of Beni after clashes with ADF fighters.",
         {(DRC_ARMY, "CAPTURE", ADF, "Beni"), (DRC_ARMY, "FIGHT", ADF, "Beni")}),
    ],
)  # fmt: skip
def test_ground_taken_from_its_owner(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an actor failed to do did not happen: denied, never asserted; an agreement not
        # reached is a rejection (PLOVER REJECT, nlp/events/intents.py), as one refused is
        ("The army and the rebels failed to reach a truce in Bamako.",
         {("Malian Armed Forces", "REJECT", "Bamako", "asserted"),
          ("Unidentified Armed Group (Mali)", "REJECT", "Bamako", "asserted")}),
        ("The army failed to retake Kidal.", {("Malian Armed Forces", "CAPTURE", "Kidal", "denied")}),
    ],
)  # fmt: skip
def test_a_failed_act_is_denied(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert modal_rows(text, "en", "2020-05-01") == expected
