"""A place or a unit noun is never an actor or a target (issue 14, round placerole72), in sentences of
our own: a person's name inside a longer place name the gazetteer knows as written ("the Al Asad air
base": not Bashar al-Asad, so no target Syria) is the event's scene; a town NER tags an organisation
and writes with its Arabic article ("the battle of Al-Raqqah") is the town, no actor; a name made
only of a branch and a unit or office noun ("Artillery Battalion", "Vehicle Department") is a part
of someone's force, no actor by itself, and the force whose it is acts when the text says so; an
event noun counted with its modifiers ("dozens of air strikes on X") is still the event told."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows as rows

pytestmark = pytest.mark.nlp


def _names(text: str) -> set[str]:
    return {n for r in rows(text) for n in (r[0], r[2]) if n}


def test_base_named_after_a_person_is_the_scene() -> None:
    got = rows("Iranian missiles struck the Al Asad air base in western Iraq on Wednesday.")
    assert got == {("Iran", "FIGHT", None, "Al Asad")}


def test_the_ruler_named_alone_still_acts() -> None:
    assert rows("Assad's forces shelled the town of Daraa on Friday.") == {("Syria", "FIGHT", None, "Dar‘ā")}


def test_base_written_in_full_stays_a_place() -> None:
    got = rows("Rocket fire hit the Ain al-Asad air base, Iraqi officials said.")
    assert "Syria" not in _names("Rocket fire hit the Ain al-Asad air base, Iraqi officials said.")
    assert {r[3] for r in got} == {"Ain al-Asad air base"}


def test_battle_of_a_town_names_no_actor() -> None:
    text = "Kurdish commanders said the great battle of Al-Raqqah had begun at dawn."
    assert not any("Raqqah" in n for n in _names(text))


def test_battle_of_another_town_keeps_its_place() -> None:
    got = rows("Kurdish fighters launched the battle of Al-Bab on Monday.")
    assert got == {("People's Protection Units", "FIGHT", None, "Al Bāb")}  # case81: Kurdish fighters, 2014


def test_bare_unit_is_no_actor() -> None:
    assert "Artillery Battalion" not in _names(
        "An Artillery Battalion shelled rebel positions in Daraa on Friday."
    )


def test_department_of_the_rebels_is_the_rebels() -> None:
    got = rows("The Vehicle Department of the rebels attacked an army checkpoint near Idlib.")
    assert got == {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Idlib")}


def test_unit_of_the_army_is_the_army() -> None:
    got = rows("The Tank Regiment of the army shelled rebel positions near Hama.")
    assert got == {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Ḩamāh")}


def test_possessed_unit_is_its_army() -> None:
    got = rows("The army's artillery battalion shelled rebel positions in Daraa on Friday.")
    assert got == {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Dar‘ā")}


def test_named_battalion_stays_an_actor() -> None:
    got = rows("The Hamza Battalion attacked a regime checkpoint near Idlib.")
    assert got == {("Hamza Battalion", "FIGHT", "Syrian Arab Army", "Idlib")}


def test_dozens_of_air_strikes_on_a_town() -> None:
    got = rows("Russian warplanes carried out dozens of air strikes on Maarat al-Numan on Thursday.")
    assert got == {("Russian Armed Forces", "FIGHT", None, "Ma‘arrat an Nu‘mān")}


def test_dozens_of_plain_strikes_unchanged() -> None:
    got = rows("Russian warplanes launched dozens of airstrikes on the town on Thursday.")
    assert got == {("Russian Armed Forces", "FIGHT", None, None)}


def test_struck_town_without_article_is_the_scene_and_civilians_are_its_own() -> None:
    got = rows("Turkish drones struck Qamishli, killing three Kurdish civilians.")
    assert got == {
        ("Turkey", "FIGHT", None, "Al Qāmishlī"),
        ("Turkey", "ASSAULT", "Civilians (Syria)", "Al Qāmishlī"),
    }
