"""English leftovers (issue 14), round 41: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_YEM = "Unidentified Armed Group (Yemen)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blast whose participle clause kills civilians: one assault, the blast its means
        ("An IED planted by unknown gunmen exploded near Marib, killing a truck driver.",
         {(UAG_YEM, "ASSAULT", "Civilians (Yemen)", "Ma'rib")}),
        ("A landmine exploded under a minibus near Taiz, killing four passengers.",
         {(UAG_YEM, "ASSAULT", "Civilians (Yemen)", "Taiz")}),
        ("A roadside bomb exploded in Kandahar on Sunday, killing two farmers.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # soldiers killed: still the fight, on them
        ("A car bomb exploded near an army checkpoint in Kirkuk, killing nine soldiers.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Iraqi Security Forces", "Kirkuk")}),
    ],
)  # fmt: skip
def test_blast_toll(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state institution's possessive says what its modifier says: "the regime's forces"
        ("Heavy fighting went on in Syria. The regime's forces shelled Idlib on Monday.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("Heavy fighting went on in Syria. The regime's troops shelled Saraqib on Monday.",
         {("Syrian Arab Army", "FIGHT", None, "Saraqib")}),
        ("Heavy fighting went on in Syria. The army's forces shelled Idlib on Monday.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("Heavy fighting went on in Syria. The government's forces shelled Idlib on Monday.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_forces_of_the_regime(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word the tagger read as a plural common noun is a name, a place here
        ("Houthi forces shelled Hays on Friday.", {("Houthis", "FIGHT", None, "Ḩays")}),
        ("Houthi militants attacked Hays on Sunday.", {("Houthis", "FIGHT", None, "Ḩays")}),
        # not in a headline written in title case, nor a group noun written with a capital
        ("Houthi Forces Shelled Villages Near Taiz On Friday.", {("Houthis", "FIGHT", None, None)}),
        ("Government troops shelled the Rebels near Aleppo.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo")}),
    ],
)  # fmt: skip
def test_capitalised_common_noun_object(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "the government" whose verb acts on a state is not that state's government
        ("M23 rebels seized Bunagana on Monday. The government accused Rwanda of backing the M23.",
         {("DR Congo", "ACCUSE", "Rwanda", None), ("M23", "CAPTURE", None, "Bunagana")}),
        # the object of "condemn ... for" does what the gerund says, as with "accuse ... of"
        ("M23 rebels seized Bunagana on Monday. The government condemned Rwanda for backing the M23.",
         {("DR Congo", "ACCUSE", "Rwanda", None), ("M23", "CAPTURE", None, "Bunagana"),
          ("Rwanda", "SUPPORT", "M23", None)}),
        ("The UN condemned the rebels for attacking the camp in Goma.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Goma"),
          ("United Nations", "ACCUSE", "Unidentified Armed Group (Democratic Republic of Congo)", "Goma")}),
    ],
)  # fmt: skip
def test_government_acting_on_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
