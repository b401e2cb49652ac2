"""English real articles (issue 14), round engold87: the re3d article golds (Wikipedia pages on the
Iraq war, CENTCOM and State Department notes; tests/gold/real/en_re3d_b.json, en_re3d_c.json), in
sentences of our own, each rule with a second sentence it fixes and a near sentence it must leave alone:

- "execute" and "perform" are light verbs: an event noun they carry ("an operation executed by X",
  "the raid was executed by X") is the event, no execution (``light``; nlp/events/carried_acts.py);
- bare "Marines" are the United States' (U.S. Marine Corps), "Royal Marines" the United Kingdom's
  (aliases in data/kb/countries.tsv);
- an event noun's complement the parser hung on the light verb carrying it ("began their assault on
  insurgent-held Karabilah") names the holder of the place as the target (nlp/events/held_targets.py);
- a town in apposition with a group's haven or bastion ("Kidal, an Islamist bastion") is that group's
  (``party_object_nouns``).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid was executed by Iraqi special forces in Mosul.",
         {("Iraqi Security Forces", "FIGHT", None, "Mosul")}),
        ("Coalition forces executed an operation against insurgents in Anbar.",
         {("US-led coalition", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Anbar")}),
        ("Operation Dawn was a military operation executed by Iraqi forces in Anbar.", set()),
        # near: people executed are executed
        ("The militants executed three soldiers in Raqqa.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Syrian Arab Army", "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_an_operation_executed_is_no_execution(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Marines seized the town of Garmsir from the Taliban.",
         {("United States", "CAPTURE", "Taliban", "Garmsir")}),
        ("Two battalions of Marines attacked Taliban positions near Marjah.",
         {("United States", "FIGHT", "Taliban", "Marjah")}),
        # near: the Royal Marines are British, a demonym's marines its own
        ("Royal Marines attacked Taliban positions near Marjah.",
         {("United Kingdom", "FIGHT", "Taliban", "Marjah")}),
        ("Kenyan marines attacked al-Shabaab in Kismayo.", {("Kenya", "FIGHT", "Al-Shabaab", "Kismayo")}),
    ],
)  # fmt: skip
def test_bare_marines_are_the_us_marine_corps(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Marines mounted an attack on Taliban-held Marjah.",
         {("United States", "FIGHT", "Taliban", "Marjah")}),
        ("Government forces began their offensive on rebel-controlled Douma.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Dūmā")}),
        # near: a town no one is said to hold
        ("Government forces began their offensive on Douma.", {("Syrian Arab Army", "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_an_offensive_on_a_held_town_carried_by_a_light_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army shelled Kidal, an Islamist bastion.",
         {("Malian Armed Forces", "FIGHT", "Islamist Militia (Mali)", "Kidal")}),
        ("Government troops shelled Hama, a rebel haven.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Ḩamāh")}),
        # near: a town described by no group
        ("The army shelled Kidal, a town in northern Mali.",
         {("Malian Armed Forces", "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_a_groups_haven_is_the_group(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
