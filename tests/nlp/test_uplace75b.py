"""Events placed where a headline's participle of striking says (issue 14, round uplace75b), in
headlines of our own: a toll whose attack is qualified by "targeted X" ("killed by shells targeted
X"), or whose subject the parser hangs on "targeted" as the root ("N killed by shelling targeted X"),
is at X when X reads as a place; an object naming no place leaves the event unplaced."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows as rows

pytestmark = pytest.mark.nlp


def _places(text: str) -> set[str | None]:
    return {r[3] for r in rows(text)}


def test_toll_of_shells_targeting_a_town() -> None:
    assert _places("9 killed or injured by rockets targeted Idlib") == {"Idlib"}


def test_toll_whose_subject_hangs_on_the_striking_verb() -> None:
    assert _places("About 15 killed by shelling targeted the eastern Ghouta") == {"Eastern Ghouta"}


def test_attack_noun_qualified_by_targeted_countryside() -> None:
    assert _places("40 killed by Russian airstrikes targeted Idlib countryside") == {"Idlib"}


def test_targeted_positions_name_no_place() -> None:
    assert _places("11 civilians killed by air strikes targeted ISIS positions") == {None}


def test_targeted_unnamed_areas_name_no_place() -> None:
    assert _places("33 killed by several car bombs targeted crowded areas") == {None}


def test_town_after_country_possessive_in_a_misparsed_phrase() -> None:
    assert _places("Explosion in Syria's Jarablus kills, wounds several") == {"Jarābulus"}


def test_a_force_possessive_is_no_country() -> None:
    assert _places("Gunmen attack the army's checkpoint in Azaz") == {"I‘zāz"}
