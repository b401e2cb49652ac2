"""French war reporting (issue 14), round 29: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

from conflictkg.knowledge.gazetteer import Gazetteer

pytestmark = pytest.mark.nlp

SYR_ARMED, AFG_ARMED = "Unidentified Armed Group (Syria)", "Unidentified Armed Group (Afghanistan)"
MLI_ARMED, LBY_ARMED = "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Libya)"
Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A" for "À" at a sentence's start, the fronted name read as a sentence of its own
        ("A Deraa, les forces gouvernementales ont bombardé un quartier.",
         {("Syrian Arab Army", "FIGHT", None, "Dar‘ā")}),
        ("À Kaboul, des insurgés ont attaqué un poste de police.",
         {(AFG_ARMED, "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
        # "A" read as a noun heading the name
        ("A Gao, les jihadistes ont tué trois soldats maliens.",
         {(MLI_ARMED, "FIGHT", "Malian Armed Forces", "Gao")}),
        ("A Tal Abyad, les rebelles ont attaqué un poste de l'armée syrienne.",
         {(SYR_ARMED, "FIGHT", "Syrian Arab Army", "Tall Abyaḑ")}),
        # no name after "A": nothing moves
        ("A la fin de la journée, l'armée a bombardé Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_fronted_place_with_or_without_accent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles syriens ont attaqué l'aéroport de Raqa.",
         {(SYR_ARMED, "FIGHT", None, "Ar Raqqah")}),
        ("Les soldats canadiens ont attaqué les talibans à Panjwai.",
         {("Military Forces of Canada", "FIGHT", "Taliban", "Panjwai")}),
        ("Les talibans ont attaqué une base de l'OTAN dans le district de Zhari.",
         {("Taliban", "FIGHT", "NATO", "Zhari")}),
        ("Des hommes armés ont attaqué un bureau de vote à Jalo.",
         {(LBY_ARMED, "FIGHT", None, "Jalo")}),
    ],
)  # fmt: skip
def test_war_towns_of_the_gazetteer(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Raqa", ("loc:gn:172955", "SYR")),  # GeoNames' own town under the French spelling: one place
        ("Raqqa", ("loc:gn:172955", "SYR")),
        ("Maaret al-Noomane", ("loc:gn:167611", "SYR")),
        ("Panjwai", ("loc:panjwai", "AFG")),
        ("Zhari", ("loc:zhari", "AFG")),  # not Żary in Poland
        ("Arghandab", ("loc:arghandab", "AFG")),
        ("Ojla", ("loc:awjila", "LBY")),
        ("Nord-Waziristan", ("loc:north-waziristan", "PAK")),
    ],
)
def test_war_town_spellings(name: str, expected: tuple[str, str]) -> None:
    place = Gazetteer.load().lookup(name)
    assert place is not None and (place.id, place.country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon as the subject: an attacker left unnamed, the weapon no actor
        ("Un obus a frappé une école à Alep.", {(SYR_ARMED, "FIGHT", None, "Aleppo")}),
        ("Un missile a tué trois réfugiés près de Deraa.",
         {(SYR_ARMED, "ASSAULT", "Civilians (Syria)", "Dar‘ā")}),
        ("Des roquettes se sont abattues sur la ville de Maaret al-Noomane.",
         {(SYR_ARMED, "FIGHT", None, "Ma‘arrat an Nu‘mān")}),
        # a capital fired on is where the attack fell, not the state as its target
        ("Les rebelles ont ouvert le feu sur Damas.", {(SYR_ARMED, "FIGHT", None, "Damascus")}),
        # a country so named stays the target
        ("Les rebelles ont bombardé la Syrie.", {(SYR_ARMED, "FIGHT", "Syria", "Syria")}),
        # craft with no owner: the article's named forces of its country, else the military forces
        # of the country they struck in (war32: was no event; only a state flies combat aircraft there)
        ("L'armée syrienne a lancé une offensive contre les rebelles à Homs. "
         "Des avions de combat ont bombardé la ville d'Alep.",
         {("Syrian Arab Army", "FIGHT", SYR_ARMED, "Homs"), ("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        ("Des avions de combat ont bombardé la ville d'Alep.",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        # a state's craft is flown by its forces (sahel34: was the state itself)
        ("Un hélicoptère syrien a bombardé Alep.", {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_weapons_and_capitals_fired_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # marines, legionnaires are their state's military, never a place
        ("Les marines américains ont attaqué les talibans dans la province du Helmand.",
         {("Military Forces of the United States", "FIGHT", "Taliban", "Helmand")}),
        ("Des légionnaires français ont tué des jihadistes près de Gao.",
         {("French Armed Forces", "FIGHT", MLI_ARMED, "Gao")}),
        # deserters are an armed group, refugees civilians
        ("Des déserteurs ont attaqué un barrage de l'armée près de Deraa.",
         {(SYR_ARMED, "FIGHT", "Syrian Arab Army", "Dar‘ā")}),
        ("Des réfugiés ont été tués par l'armée à Homs.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_war_group_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curated place points to its country: the unnamed group is of that country, not of the
        # only state the sentence names
        ("Des jihadistes ont été tués par des frappes françaises près de Tessalit.",
         {("France", "FIGHT", MLI_ARMED, "Tessalit")}),
        ("Les soldats tchadiens ont tué des jihadistes dans le massif des Ifoghas.",
         {("Chadian Armed Forces", "FIGHT", MLI_ARMED, "Adrar des Ifoghas")}),
        # a bomb set off ("a fait exploser"): the bomber's assault, as "s'est fait exploser"
        ("Un kamikaze a fait exploser sa voiture devant un commissariat à Kandahar.",
         {(AFG_ARMED, "ASSAULT", None, "Kandahār")}),
        ("Un kamikaze s'est fait exploser devant une mosquée à Kaboul.",
         {(AFG_ARMED, "ASSAULT", None, "Kabul")}),
        # another causative is still no act of the embedded verb
        ("Les rebelles ont fait capituler la garnison de Taftanaz.", set()),
        # special forces are the military
        ("Les forces spéciales ont tué un chef taliban dans la province de Kunar.",
         {("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kunaṟ")}),
    ],
)  # fmt: skip
def test_curated_places_bombers_special_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("name", "country"), [("Konna", "MLI"), ("Panjwai", "AFG"), ("Tessalit", "MLI")])
def test_curated_places_point_to_their_country(name: str, country: str) -> None:
    assert Gazetteer.load().countries_of_name(name) == {country}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Moadamiyé", ("loc:muadamiyat-al-sham", "SYR")),
        ("Sayyida Zeinab", ("loc:sayyida-zeinab", "SYR")),
        ("Atmé", ("loc:atmeh", "SYR")),
        ("Tora Bora", ("loc:tora-bora", "AFG")),
        ("Zenten", ("loc:gn:2218963", "LBY")),  # GeoNames' Zintan under its French spelling
        ("Ben Jawad", ("loc:gn:2218562", "LBY")),
        ("Koufra", ("loc:kufra", "LBY")),  # not Şirvan, Turkey
        ("Ras Jdir", ("loc:ras-jdir", "LBY")),
        ("Bab al-Aziziya", ("loc:bab-al-aziziya", "LBY")),
    ],
)
def test_more_war_place_spellings(name: str, expected: tuple[str, str]) -> None:
    place = Gazetteer.load().lookup(name)
    assert place is not None and (place.id, place.country) == expected
    # a curated neighbourhood names no country of the article (geo29: "Salaheddine" of Aleppo, of Iraq)
    hint = set() if place.kind == "neighbourhood" else {expected[1]}
    assert Gazetteer.load().countries_of_name(name) == hint
