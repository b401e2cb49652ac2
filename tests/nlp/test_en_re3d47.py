"""English conflict reporting met on re3d (issue 14), round re3d47: sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SYRIAN_REBELS = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # defeating or routing an armed party is fighting it, active or passive
        ("Government troops routed the rebels near Aleppo.",
         {("Syrian Arab Army", "FIGHT", SYRIAN_REBELS, "Aleppo")}),
        ("The rebels were defeated by the army near Homs.",
         {("Syrian Arab Army", "FIGHT", SYRIAN_REBELS, "Homs")}),
        ("The army defeated Islamic State fighters in Ramadi.",
         {("Iraqi Security Forces", "FIGHT", "Islamic State", "Ramadi")}),
        ("The UK is working with Iraq to defeat Daesh.",
         {("United Kingdom", "FIGHT", "Islamic State", None)}),
        # an election, a match or a bill defeated is no fight
        ("Biden defeated Trump in the 2020 presidential election.", set()),
        ("Kenya defeated Uganda in the regional qualifier.", set()),
        ("Spain defeated Italy 2-1 in the final.", set()),
        ("The bill was defeated in parliament on Tuesday.", set()),
    ],
)  # fmt: skip
def test_defeat_an_armed_party(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names the coalition against the Islamic State goes by
        ("The Counter-ISIL Coalition conducted strikes against ISIL near Raqqa.",
         {("US-led coalition", "FIGHT", "Islamic State", "Ar Raqqah")}),
        ("The Global Coalition has pushed ISIL out of Kobane.",
         {("US-led coalition", "FIGHT", "Islamic State", None)}),
        # "Coalition military forces" is a name of the coalition holding it in Iraq and Syria
        # (kb/shared_names.toml, round re3d72); "coalition forces" alone, no coalition named, too
        # (round re3d75)
        ("Coalition military forces bombed ISIL fighters near Mosul.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
        ("In Iraq, coalition forces conducted 11 strikes against ISIL positions.",
         {("US-led coalition", "FIGHT", "Islamic State", "Iraq")}),
        ("In Iraq on Sunday, Coalition military forces mounted 11 strikes against ISIL positions.",
         {("US-led coalition", "FIGHT", "Islamic State", "Iraq")}),
        ("Coalition military forces carried out 12 strikes on ISIL near Mosul.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
    ],
)  # fmt: skip
def test_coalition(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the coalition", "coalition aircraft": the one coalition the article named before
        ("The Counter-ISIL Coalition struck ISIL near Raqqa on Monday. Coalition aircraft destroyed "
         "three ISIL tanks near Palmyra.",
         {("US-led coalition", "FIGHT", "Islamic State", "Tadmur"),
          ("US-led coalition", "FIGHT", "Islamic State", "Ar Raqqah")}),
        ("The international coalition bombed ISIL near Mosul. The coalition also struck ISIL positions "
         "near Tal Afar.",
         {("US-led coalition", "FIGHT", "Islamic State", "Mosul"),
          ("US-led coalition", "FIGHT", "Islamic State", "Tal Afar")}),
        # two coalitions named: which one is meant is not said
        ("The Saudi-led coalition bombed Houthi positions in Sanaa. The US-led coalition struck ISIL near "
         "Raqqa. Coalition jets hit a bridge.",
         {("Saudi-led coalition", "FIGHT", "Houthis", "Sanaa"), ("Military Forces", "FIGHT", None, None),
          ("US-led coalition", "FIGHT", "Islamic State", "Ar Raqqah")}),
        # none named: the coalition at war where it struck (kurd81b: the country of the event's own
        # place, Syria; before, of no one country, the article naming none)
        ("Coalition aircraft destroyed three ISIL tanks near Palmyra.",
         {("US-led coalition", "FIGHT", "Islamic State", "Tadmur")}),
    ],
)  # fmt: skip
def test_coalition_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes counted after their author told of them are that author's
        ("Coalition military forces carried out 34 strikes against ISIL near Mosul on Monday. Near Tal "
         "Afar, one strike destroyed an ISIL tank.",
         {("US-led coalition", "FIGHT", "Islamic State", "Tal Afar"),
          ("US-led coalition", "FIGHT", "Islamic State", "Mosul")}),
        # another attack noun told before gives no author; "Near Herat," places the strike (round enloc86)
        ("A bomb attack killed five soldiers in Kabul. Near Herat, one strike destroyed a police post.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Herāt"),
          ("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Military Forces of Afghanistan", "Kabul")}),
    ],
)  # fmt: skip
def test_strikes_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
