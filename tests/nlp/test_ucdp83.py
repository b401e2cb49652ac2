"""English SOHR-style headlines, round ucdp83 (issue 14): a count before a force the KB names
("including 12 regime forces") is no part of its name; an adjective a curated place bears in its own
name ("the western Ghouta", "the eastern Qalamoun") picks that place, not the one the bare name is;
the Qalamoun and the T4 air base are places of their own."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SAA = "Syrian Arab Army"
UAG = "Unidentified Armed Group"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the regime forces' home in a text naming no place (nlp/ruled_home.py, round ucdp89)
        ("Rebels killed 14 regime forces in an ambush", {(UAG_SYR, "FIGHT", SAA, "Syria")}),
        ("30 people were killed on Monday, including 12 regime forces", {(UAG, "FIGHT", SAA, None)}),
        ("Jihadists ambushed 9 regime forces near the border on Friday", {(UAG_SYR, "FIGHT", SAA, "Syria")}),
        # a count before a group noun the KB does not name leaves the generic group
        ("Rebels killed 14 policemen in an ambush", {(UAG, "FIGHT", "Police Forces", None)}),
    ],
)  # fmt: skip
def test_count_before_a_named_force(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government warplanes bombed the western Ghouta", {(SAA, "FIGHT", None, "Western Ghouta")}),
        ("Fighting raged in the eastern Qalamoun on Tuesday", {(UAG_SYR, "FIGHT", None, "Eastern Qalamoun")}),
        # no curated place bears the adjective: the bare name's place
        ("Fighting raged in the northern Qalamoun on Tuesday",
         {(UAG_SYR, "FIGHT", None, "Qalamoun Mountains")}),
        ("Government warplanes bombed the northern Ghouta", {(SAA, "FIGHT", None, "Eastern Ghouta")}),
    ],
)  # fmt: skip
def test_adjective_of_a_curated_name(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IS fighters attacked the T4 airbase on Sunday",
         {("Islamic State", "FIGHT", None, "Tiyas air base")}),
        ("Rebels attack regime bastions in the Qalamoun",
         {(UAG_SYR, "FIGHT", SAA, "Qalamoun Mountains")}),
    ],
)  # fmt: skip
def test_qalamoun_and_t4(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "the gunmen loyal to the regime" as a clause complementing the verb
        ("Rebels attack the gunmen loyal to the regime near Tafas", {(UAG_SYR, "FIGHT", SAA, "Ţafas")}),
        ("Rebels storm the gunmen loyal to the government in Tafas", {(UAG_SYR, "FIGHT", SAA, "Ţafas")}),
        ("The factions attack the gunmen loyal to the regime in the town of Tafas",
         {(UAG_SYR, "FIGHT", SAA, "Ţafas")}),
        # a verb of saying takes no object: their loyalty is what is said
        ("Rebels say the gunmen loyal to the regime fled", set()),
    ],
)  # fmt: skip
def test_loyal_group_as_the_object(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser ends the "between" phrase at "and": its second side hangs on the verb
        ("Clashes continue in Douma between Jaysh al-Islam and the regime forces",
         {("Jaysh al-Islam", "FIGHT", SAA, "Dūmā"), (SAA, "FIGHT", "Jaysh al-Islam", "Dūmā")}),
        ("Clashes renew in Harasta between Faylaq al-Rahman and the regime forces",
         {("Faylaq al-Rahman", "FIGHT", SAA, "Ḩarastā"), (SAA, "FIGHT", "Faylaq al-Rahman", "Ḩarastā")}),
        # places between which a fight goes on are no sides
        ("Clashes continue in Tafas between the road and the hills", {(UAG_SYR, "FIGHT", None, "Ţafas")}),
    ],
)  # fmt: skip
def test_second_side_of_between(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


US_FORCES = "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named as whose forces are struck says who, not where: the town is looked up world-wide
        ("Rebels attack US forces in Qamishli", {(UAG_SYR, "FIGHT", US_FORCES, "Al Qāmishlī")}),
        ("Jihadists claimed an attack on US forces in Hassakeh",
         {(UAG_SYR, "FIGHT", US_FORCES, "Al Ḩasakah")}),
        ("Gunmen ambushed US troops in Qamishli on Monday", {(UAG_SYR, "FIGHT", US_FORCES, "Al Qāmishlī")}),
        # a state named on what no one strikes stays a sign of where
        ("Protesters gathered outside the US embassy in Ankara",
         {("Protesters (Turkey)", "PROTEST", "United States", "Ankara")}),
    ],
)  # fmt: skip
def test_state_of_the_forces_struck(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger reads a headline's "witnesses"/"sees" after its place as a plural noun
        ("The town of Tafas witnesses heavy clashes between the rebels and the regime forces",
         {(UAG_SYR, "FIGHT", SAA, "Ţafas"), (SAA, "FIGHT", UAG_SYR, "Ţafas")}),
        ("Douma sees renewed fighting between Jaysh al-Islam and the regime forces",
         {("Jaysh al-Islam", "FIGHT", SAA, "Dūmā"), (SAA, "FIGHT", "Jaysh al-Islam", "Dūmā")}),
        # witnesses who tell of a fight stay people
        ("Local witnesses described heavy clashes in Tafas", {(UAG_SYR, "FIGHT", None, "Ţafas")}),
    ],
)  # fmt: skip
def test_headline_scene_verb(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
