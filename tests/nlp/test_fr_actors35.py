"""French actors (issue 14), round 35: who a noun phrase is, in sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd fired on is who it is: protesters, a journalist; no class told, civilians
        ("Des francs-tireurs ont ouvert le feu sur des manifestants à Hama.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Protesters (Syria)", "Ḩamāh")}),
        ("Des inconnus ont ouvert le feu sur un groupe de manifestants à Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Protesters (Iraq)", "Baghdad")}),
        ("Des hommes armés ont tiré sur des enseignants près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
    ],
)  # fmt: skip
def test_fire_on_a_crowd_hits_that_crowd(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym used as a noun names the victims, never the place
        ("Une bombe a tué trois Allemands mardi à Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Germany)", "Kabul")}),
        ("Deux Américains ont été enlevés dimanche à Bamako.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (United States)", "Bamako")}),
    ],
)  # fmt: skip
def test_a_demonym_noun_is_people_not_a_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreigners have no one country; a demonym gives one; bare tourists are the country's
        ("Jeudi, des ravisseurs ont enlevé des touristes étrangers près de Tombouctou.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (International)", "Timbuktu")}),
        ("Jeudi, des ravisseurs ont enlevé deux touristes belges près de Tombouctou.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Belgium)", "Timbuktu")}),
    ],
)  # fmt: skip
def test_foreign_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's unit a state's demonym qualifies is that state's military, never the state,
        # wherever the parser hangs the locative after it
        ("Des jihadistes ont tendu une embuscade à une patrouille française près de Ménaka.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "French Armed Forces", "Ménaka")}),
        ("Les shebab ont attaqué un convoi éthiopien à Baidoa.",
         {("Al-Shabaab", "FIGHT", "Ethiopian National Defense Force", "Baidoa")}),
        ("Un bataillon tchadien a repoussé les jihadistes près de Kidal.",
         {("Chadian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal")}),
        ("Des insurgés ont attaqué les forces américaines près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Military Forces of the United States",
           "Kandahār")}),
        # a convoy of no force stays what it carries: aid for civilians
        ("Des jihadistes ont attaqué un convoi humanitaire près de Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_a_state_force_unit(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle named by the people it carries stands for them
        ("Un engin explosif a visé un autocar de pèlerins pakistanais près de Kerbala.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Pakistan)", "Karbala")}),
        ("Des insurgés ont attaqué un camion de soldats afghans près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Military Forces of Afghanistan",
           "Kandahār")}),
    ],
)  # fmt: skip
def test_a_vehicle_stands_for_who_it_carries(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an officer a state's demonym qualifies is that state's military; a bare one is no one
        ("Un commandant syrien a été abattu mercredi près d'Alep.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        ("Des rebelles ont tué un lieutenant syrien à Idleb.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Idlib")}),
        ("L'armée a repris Konna, a affirmé un officier malien.",
         {("Malian Armed Forces", "CAPTURE", None, "Konna")}),
    ],
)  # fmt: skip
def test_an_officer_of_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the site an attack noun names is what it hits, never the attack of whose site it is
        ("Quatre policiers afghans ont péri dans l'attaque de leur poste près de Ghazni.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Ghazni")}),
        ("Deux soldats tchadiens sont morts dans l'attaque de leur camp près de Tessalit.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Chadian Armed Forces", "Tessalit")}),
    ],
)  # fmt: skip
def test_the_site_of_an_attack_is_hit(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
