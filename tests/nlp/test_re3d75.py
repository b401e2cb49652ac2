"""Sides in English defence reporting, round re3d75 (issue 14): the bare body noun "the coalition",
when the article names no coalition, is the coalition at war in the article's country that year
(kb/shared_names.toml, ``exact`` names; nlp/shared_names.py), and the name the article called it by
is one of its names there; the parties of a listed subject fighting one enemy cooperate
(nlp/events/joint_sides.py); acting "as part of" a body names it a partner (partner_phrases);
standing by, with or behind an actor, or siding with it, backs it."""

from __future__ import annotations

import pytest
from unit._extract import events, facts, rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Iraq and Syria since 2014: the US-led coalition
        ("The Coalition carried out four air strikes on ISIS positions near Tal Afar.", "2017-03-01",
         {("US-led coalition", "FIGHT", "Islamic State", "Tal Afar")}),
        ("Coalition aircraft hit an ISIS command post near Deir ez-Zor.", "2018-05-02",
         {("US-led coalition", "FIGHT", "Islamic State", "Deir ez-Zor")}),
        # Yemen since 2015: the Saudi-led coalition
        ("The coalition bombed a Houthi weapons store in Saada on Friday.", "2019-08-09",
         {("Saudi-led coalition", "FIGHT", "Houthis", "Sa'dah")}),
        # Afghanistan until 2014: ISAF
        ("Coalition troops killed four Taliban fighters in Kandahar province.", "2011-04-20",
         {("ISAF", "FIGHT", "Taliban", "Kandahār")}),
    ],
)  # fmt: skip
def test_bare_coalition_of_its_theatre(text: str, published: str, expected: set[Row]) -> None:
    assert rows(text, "en", published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no coalition at war in that country that year: of no one country
        ("Coalition troops killed four Taliban fighters in Kandahar province.", "2019-04-20",
         {("Military Forces", "FIGHT", "Taliban", "Kandahār")}),
        ("The coalition bombed a Houthi weapons store in Saada on Friday.", "2012-08-09",
         {("Military Forces", "FIGHT", "Houthis", "Sa'dah")}),
        # a coalition the article names is the one the noun refers to
        ("The Saudi-led coalition struck Sanaa airport. Coalition jets also hit a bridge near Mosul.",
         "2019-08-09",
         {("Saudi-led coalition", "FIGHT", None, "Sanaa"), ("Saudi-led coalition", "FIGHT", None, "Mosul")}),
    ],
)  # fmt: skip
def test_bare_coalition_elsewhere(text: str, published: str, expected: set[Row]) -> None:
    assert rows(text, "en", published) == expected


def test_bare_coalition_name_kept() -> None:
    f = facts("The Coalition struck an ISIS convoy near Raqqa.", "en", "2017-06-01")
    (coalition,) = [a for a in f.actors if a.name == "US-led coalition"]
    assert "Coalition" in coalition.aliases


def test_bare_holders_data() -> None:
    from conflictkg.knowledge.shared_names import bare_holders, holders

    assert {h.actor for h in bare_holders("the coalition")} == {
        "actor:isaf", "actor:nato", "actor:us-led-coalition", "actor:saudi-led-coalition",
        "actor:multi-national-force-iraq",  # the Iraq war's coalition, 2003-2011 (round engold85)
    }  # fmt: skip
    # only the bare noun, and never through holders(): a coalition's own name is no shared name
    assert bare_holders("the Saudi-led coalition") == ()
    assert holders("the coalition") == ()
    assert holders("the Saudi-led coalition") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parties of a listed subject fighting one enemy cooperate, each with the others
        ("Qatar, the Free Syrian Army and Turkey are determined to defeat ISIS in Aleppo province.",
         {("Qatar", "FIGHT", "Islamic State", "asserted"),
          ("Free Syrian Army", "FIGHT", "Islamic State", "asserted"),
          ("Turkey", "FIGHT", "Islamic State", "asserted"),
          ("Qatar", "COOPERATE", "Free Syrian Army", "asserted"),
          ("Qatar", "COOPERATE", "Turkey", "asserted"),
          ("Free Syrian Army", "COOPERATE", "Turkey", "asserted")}),
        # the list of the verb's own subject; a planned fight tells sides all the same
        ("Russian jets and Syrian government forces shelled rebel positions near Hama.",
         {("Russian Armed Forces", "FIGHT", "Unidentified Armed Group (Syria)", "asserted"),
          ("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "asserted"),
          ("Russian Armed Forces", "COOPERATE", "Syrian Arab Army", "asserted")}),
        # plover88: a vow to defeat X is a threat (PLOVER THREATEN), made together (joint_fight_types)
        ("Saudi Arabia and the UAE vowed to defeat the Houthis.",
         {("Saudi Arabia", "THREATEN", "Houthis", "asserted"),
          ("United Arab Emirates", "THREATEN", "Houthis", "asserted"),
          ("Saudi Arabia", "COOPERATE", "United Arab Emirates", "asserted")}),
    ],
)  # fmt: skip
def test_joint_sides(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight denied joins no sides
        ("Jordan and Egypt did not attack the Houthis.",
         {("Jordan", "FIGHT", "Houthis", "denied"), ("Egypt", "FIGHT", "Houthis", "denied")}),
        # civilians killed by both sides: an assault, no shared side
        ("Soldiers and rebels killed four civilians in crossfire near Aleppo.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "asserted"),
          ("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "asserted")}),
        # two sides fighting each other
        ("The army and the rebels clashed near Homs.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "asserted"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "asserted")}),
    ],
)  # fmt: skip
def test_no_joint_sides(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acting as part (a member) of a body: the actor cooperates with it, and the body shares the fight
        ("Dutch jets struck ISIS positions near Mosul as part of the US-led coalition.",
         {("Military Forces of the Netherlands", "FIGHT", "Islamic State", "asserted"),
          ("Military Forces of the Netherlands", "COOPERATE", "US-led coalition", "asserted"),
          ("US-led coalition", "FIGHT", "Islamic State", "asserted")}),
        # the phrase on the verb whose purpose is the second of two coordinated acts
        ("Denmark acts as part of the Global Coalition to contain and defeat Daesh.",
         {("Denmark", "FIGHT", "Islamic State", "hypothetical"),
          ("Denmark", "COOPERATE", "US-led coalition", "hypothetical"),
          ("US-led coalition", "FIGHT", "Islamic State", "hypothetical")}),
    ],
)  # fmt: skip
def test_member_phrases(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of a campaign, an operation no actor is: no side named
        ("The army arrested ten men in Mosul as part of a security campaign.",
         {("Iraqi Security Forces", "COERCE", "Civilians (Iraq)", "asserted")}),
    ],
)  # fmt: skip
def test_no_member_phrase_party(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # standing by, with or behind an actor, siding with it: backing it (SUPPORT); the party backed
        # in a fight's purpose fights too
        ("Germany stands by Jordan to defeat ISIS.",
         {("Germany", "SUPPORT", "Jordan", "asserted"),
          ("Germany", "FIGHT", "Islamic State", "hypothetical"),
          ("Jordan", "FIGHT", "Islamic State", "hypothetical")}),
        ("Poland stands with Ukraine.", {("Poland", "SUPPORT", "Ukraine", "asserted")}),
        ("Qatar sided with Turkey.", {("Qatar", "SUPPORT", "Turkey", "asserted")}),
    ],
)  # fmt: skip
def test_standing_by(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers stood by the road near Kirkuk.",  # a place, no party
        "The minister will stand trial in Baghdad.",
        "He stood with his family outside the hospital.",
    ],
)
def test_standing_no_party(text: str) -> None:
    assert events(text, "en") == set()
