"""English leftovers (issue 14), round 42: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SAA = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the regime" fighting is the state's army, as "the regime's forces" is
        ("Heavy fighting went on in Syria. The regime shelled Idlib on Monday.",
         {(SAA, "FIGHT", None, "Idlib")}),
        ("The Syrian regime bombed Aleppo at dawn.", {(SAA, "FIGHT", None, "Aleppo")}),
        ("The regime killed twelve rebels near Homs.", {(SAA, "FIGHT", UAG_SYR, "Homs")}),
        # a violent event noun the regime's possessive names
        ("The regime's shelling of Idlib killed ten civilians.",  # placed where the shelling is (en53)
         {(SAA, "ASSAULT", "Civilians (Syria)", "Idlib")}),
        # its words and dealings with states stay the government's
        ("The Syrian regime expelled the Turkish ambassador.", {("Syria", "SANCTION", "Turkey", None)}),
    ],
)  # fmt: skip
def test_the_regime_fighting_is_its_army(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a junta's diplomatic act is its government's
        ("Mali's junta expelled the French ambassador.", {("Mali", "SANCTION", "France", None)}),
        ("Burkina Faso's junta expelled the French ambassador on Monday.",
         {("Burkina Faso", "SANCTION", "France", None)}),
        ("Fighting raged in Mali. The junta accused France of backing the rebels.",
         {("Mali", "ACCUSE", "France", None), ("Unidentified Armed Group (Mali)", "FIGHT", None, "Mali")}),
        # its violence stays its army's
        ("Mali's junta attacked rebels near Kidal.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal")}),
    ],
)  # fmt: skip
def test_a_junta_dealing_with_states_is_its_government(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting that goes on, with no side named: a summary, no event
        ("Fighting continued in Syria.", set()),
        ("Fighting went on in Syria on Monday.", set()),
        ("Clashes continued near Aleppo.", set()),
        # a side named on the noun or the verb keeps it
        ("Fighting with the army continued in Idlib.", {(UAG_SYR, "FIGHT", SAA, "Idlib")}),
        ("Fighting between rebels and the army continued in Idlib.",
         {(UAG_SYR, "FIGHT", SAA, "Idlib"), (SAA, "FIGHT", UAG_SYR, "Idlib")}),
        # fighting that breaks out or rages somewhere stays the unnamed group's
        ("Clashes erupted in Idlib on Tuesday.", {(UAG_SYR, "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_fighting_going_on_with_no_side(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by where they are hit, as the object or target of a fight verb: civilians
        ("Gunmen opened fire on commuters at a bus stop in Mogadishu.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        ("A gunman opened fire on shoppers in a mall in Nairobi on Saturday.",
         {("Unidentified Armed Group (Kenya)", "ASSAULT", "Civilians (Kenya)", "Nairobi")}),
        ("Gunmen attacked shoppers at a market in Kano.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")}),
        # as the subject they are no one
        ("Shoppers emptied stores in Kano.", set()),
        ("Shoppers fled the market in Kano.", set()),
        # armed men fired on stay a fight
        ("Troops opened fire on militants near Kano.",
         {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Kano")}),
    ],
)  # fmt: skip
def test_civilians_named_by_where_they_are_hit(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "the government" accusing a state: the article's other country's
        ("The government accused Rwanda of backing the rebels in Goma.",
         {("DR Congo", "ACCUSE", "Rwanda", "Goma")}),
        ("The government in Kinshasa accused Rwanda of backing the rebels.",
         {("DR Congo", "ACCUSE", "Rwanda", "Kinshasa")}),
        # the country of the places named, when the only state named is the one accused
        ("Aid groups warned of hunger in North Kivu. The government accused Rwanda of backing the rebels.",
         {("DR Congo", "ACCUSE", "Rwanda", None)}),
        ("Thousands fled their homes in North Kivu. The government accused Rwanda of backing the rebels.",
         {("DR Congo", "ACCUSE", "Rwanda", None)}),
        # no other country: no event
        ("The government accused Rwanda of backing the rebels.", set()),
    ],
)  # fmt: skip
def test_government_accusing_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
