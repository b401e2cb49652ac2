"""French war reporting (issue 14), round 60: a state's craft are its forces, a reporting verb's place
is where it was said, and shells fired from one country fall where the dead are, in sentences of our
own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG = "Unidentified Armed Group (Mali)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military craft "du régime", "de la Syrie": that state's armed forces, never the state
        ("Les hélicoptères du régime ont bombardé Alep.", {(SAA, "FIGHT", None, "Aleppo")}),
        ("Un avion du régime a bombardé Homs.", {(SAA, "FIGHT", None, "Homs")}),
        ("Des drones du régime ont bombardé Idleb.", {(SAA, "FIGHT", None, "Idlib")}),
        # negative: the regime itself, named alone, stays the state
        ("Le régime a bombardé Alep.", {("Syria", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_state_craft(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting verb set after the clause (parsed as its conjunct): its place is where it was said
        ("Les rebelles ont pris Kidal, a annoncé le MNLA à Nouakchott.", {(UAG, "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont attaqué Gao, a indiqué un officier à Bamako.", {(UAG, "FIGHT", None, "Gao")}),
    ],
)  # fmt: skip
def test_reported_elsewhere(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the dead fell wins over where the shells were fired from; the victims are that
        # place's country's
        ("Des obus tirés depuis la Syrie ont tué deux civils à Akçakale.",
         {("Unidentified Armed Group (Turkey)", "ASSAULT", "Civilians (Turkey)", "Akçakale")}),
        ("Des roquettes tirées depuis Gaza ont blessé trois civils à Sdérot.",
         {("Unidentified Armed Group (Israel)", "ASSAULT", "Civilians (Israel)", "Sderot")}),
        # negative: with no origin named the town stands as before
        ("Des roquettes ont blessé trois civils à Sdérot.",
         {("Unidentified Armed Group (Israel)", "ASSAULT", "Civilians (Israel)", "Sderot")}),
    ],
)  # fmt: skip
def test_fired_from_elsewhere(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight noun after "sans" is a fight that did not happen
        ("Les rebelles ont pris Gao sans combat.", {(UAG, "CAPTURE", None, "Gao")}),
        ("Les rebelles sont entrés dans Gao sans combat.", {(UAG, "CAPTURE", None, "Gao")}),
        # negative: a fight told outright stands
        ("Des combats ont éclaté à Gao.", {(UAG, "FIGHT", None, "Gao")}),
    ],
)  # fmt: skip
def test_taken_unopposed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a procession or a crowd noun fired on: the protesters of the country, as when dispersed
        ("Les soldats ont ouvert le feu sur un cortège funèbre à Homs.",
         {(SAA, "COERCE", "Protesters (Syria)", "Homs")}),
        ("Les soldats ont ouvert le feu sur le cortège à Homs.",
         {(SAA, "COERCE", "Protesters (Syria)", "Homs")}),
        # negative: a crowd named as civilians stays an assault on them
        ("Les soldats ont ouvert le feu sur la foule à Homs.",
         {(SAA, "ASSAULT", "Civilians (Syria)", "Homs")}),
        # a suicide bombing that kills civilians is an assault, in French and in English
        ("Un attentat-suicide a tué douze civils à Alep.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Aleppo")}),
    ],
)  # fmt: skip
def test_crowd_fired_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_suicide_bomber_en() -> None:
    assert en_news_rows("A suicide bomber killed twelve civilians in Aleppo.") == {
        ("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Aleppo")
    }
