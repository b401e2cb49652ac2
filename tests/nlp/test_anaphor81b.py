"""A bare definite organisation noun as an actor, round anaphor81b (issue 14): case81's "the outfit"
and re3d81's "the group" made one rule (nlp/events/organisation_anaphors.py, ``anaphor_group_nouns``):
the one non-state armed group named from the sentence before to the end of its own, never a name of
its own clause (the war monitors' "the organization" fights the one group named beside it), and,
as the subject of an act an armed group does, other organisations not counted."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group named in the other clause, not the SDF of its own: the attack is the Islamic State's
        ("Islamic State fighters were killed in Raqqa on Monday, and the organization later attacked an "
         "SDF checkpoint in Hasakah.",
         {("Islamic State", "FIGHT", "Syrian Democratic Forces", "Al Ḩasakah")}),
        # the one group named is in its own clause: it is the other side; nothing else named, the
        # organization is the one the war's reports call so in Syria (round ucdp86: theatre_groups.py)
        ("The organization attacked positions of the SDF near Hajin.",
         {("Islamic State", "FIGHT", "Syrian Democratic Forces", "Hajīn")}),
        # "movement" and a demonstrative "that" as "the outfit" and "the group"
        ("Al-Shabaab fighters attacked a base in Lower Shabelle, and the movement later shelled Afgoye.",
         {("Al-Shabaab", "FIGHT", None, "Lower Shabelle"), ("Al-Shabaab", "FIGHT", None, "Afgooye")}),
        ("The ADF is active in Beni. That group attacked a village near Oicha on Tuesday.",
         {("Allied Democratic Forces", "FIGHT", None, "Hyosha")}),
        # no armed act: the UN named beside al-Shabaab may be "the organisation", no demand of al-Shabaab
        ("The UN condemned the attack by al-Shabaab in Kismayo, and the organisation called for an "
         "inquiry.",
         {("Al-Shabaab", "FIGHT", None, "Kismayo"), ("United Nations", "ACCUSE", "Al-Shabaab", "Kismayo")}),
        # a plural is more than the one group named: the unnamed armed group stays
        ("Boko Haram is active in Borno. The groups attacked Nigerian troops near Bama.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigerian Armed Forces", "Bama")}),
        # two armed groups named: unresolved
        ("Boko Haram and ISWAP clashed near Baga on Friday, and the group lost dozens of fighters.",
         {("Boko Haram", "FIGHT", "Islamic State West Africa Province", None),
          ("Islamic State West Africa Province", "FIGHT", "Boko Haram", None)}),
    ],
)  # fmt: skip
def test_organisation_anaphors(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
