"""English ACLED-style notes outside the tuned quarter (issue 14, round en46): sentences of our own,
as exact (actor, type, target, place) rows. Bandits and gang members are an armed group; someone who
was a soldier or an officer is a civilian now; an incursion is a fight; 'waged' attacks are the
attacks themselves."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
NGA_ARMED = "Unidentified Armed Group (Nigeria)"
NGA_CIVILIANS = "Civilians (Nigeria)"
SLV_ARMED = "Unidentified Armed Group (El Salvador)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated "shot and killed": one attack on the civilian
        ("On 12 March 2021, bandits shot and killed a herder near Gusau.",
         {(NGA_ARMED, "ASSAULT", NGA_CIVILIANS, "Gusau")}),
        ("On 12 March 2021, a shopkeeper was shot and killed by gang members in San Miguel.",
         {(SLV_ARMED, "ASSAULT", "Civilians (El Salvador)", "San Miguel")}),
    ],
)  # fmt: skip
def test_bandits_and_gangs_are_armed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 March 2021, gunmen killed a former soldier in Gusau.",
         {(NGA_ARMED, "ASSAULT", NGA_CIVILIANS, "Gusau")}),
        ("On 12 March 2021, a former police officer was shot dead by gunmen in Gusau.",
         {(NGA_ARMED, "ASSAULT", NGA_CIVILIANS, "Gusau")}),
        # one still serving is the forces hit: a fight
        ("On 12 March 2021, gunmen killed a soldier in Gusau.",
         {(NGA_ARMED, "FIGHT", "Nigerian Armed Forces", "Gusau")}),
    ],
)  # fmt: skip
def test_former_members_of_forces_are_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 March 2021, the army waged three assaults against rebel positions near Kidal.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal")}),
        ("On 12 March 2021, soldiers repelled an incursion by Al Shabaab fighters near Baidoa.",
         {("Somali National Army", "FIGHT", "Al-Shabaab", "Baidoa")}),
        ("On 12 March 2021, Houthi fighters made an incursion into Marib, killing four soldiers.",
         {("Houthis", "FIGHT", "Government of Yemen", "Ma'rib")}),
        # a campaign for wages is no attack
        ("On 12 March 2021, the workers waged a campaign for better wages in Lahore.", set()),
    ],
)  # fmt: skip
def test_incursions_and_waged_attacks_are_fights(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
