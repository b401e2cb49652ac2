"""French attacks with no agent or aimed at a building (issue 14, round fratk45): sentences of our
own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_AF = "Unidentified Armed Group (Afghanistan)"
UAG_FR = "Unidentified Armed Group (France)"
UAG_ML = "Unidentified Armed Group (Mali)"
UAG_LY = "Unidentified Armed Group (Libya)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless assault at a place no attack told before named: another scene, its own event
        ("Des insurgés ont attaqué un convoi près de Kandahar. Deux ingénieurs ont été enlevés à Hérat.",
         {(UAG_AF, "FIGHT", None, "Kandahār"), (UAG_AF, "ASSAULT", "Civilians (Afghanistan)", "Herāt")}),
        ("Un lycéen a été agressé hier dans un train. Le mois dernier, deux étudiants avaient été "
         "agressés à Grenoble.",
         {(UAG_FR, "ASSAULT", "Civilians (France)", None),
          (UAG_FR, "ASSAULT", "Civilians (France)", "Grenoble")}),
        ("Des hommes armés ont attaqué un poste de police à Gao. Un commerçant a été enlevé à "
         "Tombouctou.",
         {(UAG_ML, "FIGHT", "Police Forces of Mali", "Gao"),
          (UAG_ML, "ASSAULT", "Civilians (Mali)", "Timbuktu")}),
        # the dead of the attack told, or an assault told at no place of its own: its toll, no event
        ("Des insurgés ont attaqué un convoi près de Kandahar. Deux soldats ont été tués à Kandahar.",
         {(UAG_AF, "FIGHT", None, "Kandahār")}),
        ("Des insurgés ont attaqué un convoi près de Kandahar. Deux chauffeurs ont été enlevés.",
         {(UAG_AF, "FIGHT", None, "Kandahār")}),
        ("Des insurgés ont attaqué un convoi près de Kandahar. Deux chauffeurs ont été enlevés à Kandahar.",
         {(UAG_AF, "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_agentless_assault_at_a_place_of_its_own(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "envers des <demonym>": civilians of the demonym's country, however the sentence opens
        ("En outre, des agressions envers des Ivoiriens ont été signalées.",
         {("Unidentified Armed Group (Ivory Coast)", "ASSAULT", "Civilians (Ivory Coast)", None)}),
        ("En outre, des agressions envers des Sénégalais ont été constatées.",
         {("Unidentified Armed Group (Senegal)", "ASSAULT", "Civilians (Senegal)", None)}),
        ("Des agressions envers des Guinéens ont été signalées à Bamako.",
         {(UAG_ML, "ASSAULT", "Civilians (Guinea)", "Bamako")}),
    ],
)  # fmt: skip
def test_assaults_on_nationals(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building a state keeps abroad is hit, not the state: no fight with that state
        ("Des hommes armés ont mis le feu au centre culturel allemand à Lomé.",
         {("Unidentified Armed Group (Togo)", "FIGHT", None, "Lomé")}),
        ("Des hommes armés ont attaqué le consulat américain à Benghazi.",
         {(UAG_LY, "FIGHT", None, "Benghazi")}),
        # stones thrown at an embassy: no war on France, a riot of the host country (round fr51),
        # against the state whose mission it is (round frreal82, as protests before it)
        ("Des manifestants ont lancé des pierres contre l'ambassade de France à Bamako.",
         {("Rioters (Mali)", "PROTEST", "France", "Bamako")}),
        ("Les manifestants s'en sont pris à l'ambassade du Japon à Pékin.",
         {("Rioters (China)", "PROTEST", "Japan", "Beijing")}),
        # the state's own forces stay a party
        ("Des hommes armés ont attaqué des soldats américains à Benghazi.",
         {(UAG_LY, "FIGHT", "Military Forces of the United States", "Benghazi")}),
    ],
)  # fmt: skip
def test_buildings_of_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a échappé à une attaque": the unnamed attacker's assault on who escaped it; "la tentative
        # d'assassinat" claimed is that attack, the claimer its author
        ("Le gouverneur de Kandahar a échappé à un attentat mercredi. Les talibans ont revendiqué la "
         "tentative d'assassinat.", {("Taliban", "ASSAULT", "Afghanistan", None)}),
        ("Le ministre a échappé à une embuscade près de Hérat. Les talibans ont revendiqué la tentative "
         "d'assassinat.", {("Taliban", "ASSAULT", "Afghanistan", "Herāt")}),
        # an attempt of its own (indefinite) is no claim of the attack told
        ("Le gouverneur de Kandahar a échappé à un attentat mercredi. Les talibans ont revendiqué une "
         "tentative d'assassinat contre un juge.", {(UAG_AF, "ASSAULT", "Afghanistan", None)}),
    ],
)  # fmt: skip
def test_escaped_attack_and_its_claim(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
