"""Sides in English defence reporting, round re3d75 (issue 14): the bare body noun "the coalition",
when the article names no coalition, is the coalition at war in the article's country that year
(kb/shared_names.toml, ``exact`` names; nlp/shared_names.py), and the name the article called it by
is one of its names there."""

from __future__ import annotations

import pytest
from unit._extract import facts, rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


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
    }  # fmt: skip
    # only the bare noun, and never through holders(): a coalition's own name is no shared name
    assert bare_holders("the Saudi-led coalition") == ()
    assert holders("the coalition") == ()
    assert holders("the Saudi-led coalition") == ()
