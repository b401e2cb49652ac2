"""French reports on the Sahel, Nigeria, Somalia and Afghanistan/Pakistan (issue 14), round 34:
sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MLI_ARMED = "Unidentified Armed Group (Mali)"
MLI_CIV = "Civilians (Mali)"
AQMI = "Al-Qaeda in the Islamic Maghreb"
MUJAO = "Movement for Unity and Jihad in West Africa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prendre / retenir / détenir en otage": an abduction, active or passive, its object the
        # verb's even when the idiom's noun comes first
        ("Deux Français ont été pris en otage jeudi soir à Hombori par des hommes armés.",
         {(MLI_ARMED, "ASSAULT", "Civilians (France)", "Hombori")}),
        ("Des hommes armés ont pris en otage trois employés d'une ONG dans la région de Kidal.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Kidal")}),
        ("Quatre Français sont retenus en otage par Aqmi dans le nord du Mali.",
         {(AQMI, "ASSAULT", "Civilians (France)", "Mali")}),
        # "leurs ravisseurs": the possessive names the captives; the captors are the armed group
        ("Trois humanitaires européens ont été libérés par leurs ravisseurs près de Kidal.",
         {(MLI_ARMED, "CONCEDE", MLI_CIV, "Kidal")}),
    ],
)  # fmt: skip
def test_hostages(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's diplomats are that state, not civilians of the country they serve in
        ("Le Mujao a enlevé sept diplomates algériens à Gao.", {(MUJAO, "ASSAULT", "Algeria", "Gao")}),
        ("Des hommes armés ont tué deux diplomates turcs à Alep.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Turkey", "Aleppo")}),
        # agentless, a state's envoy hit is still an attack by the unnamed armed group
        ("Un diplomate américain a été tué à Benghazi.",
         {("Unidentified Armed Group (Libya)", "ASSAULT", "United States", "Benghazi")}),
        # with no nationality they stay civilians
        ("Des diplomates ont été enlevés à Gao.", {(MLI_ARMED, "ASSAULT", MLI_CIV, "Gao")}),
    ],
)  # fmt: skip
def test_diplomats(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies found, in the passive: the dead were killed by the unnamed armed group
        ("Les corps de onze soldats nigérians ont été retrouvés dans l'État de Borno.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigerian Armed Forces", "Borno")}),
        ("Les corps de sept civils ont été découverts près de Tessalit.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Tessalit")}),
        ("Les cadavres de cinq policiers ont été découverts à Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        # who finds them is no attacker
        ("La police a retrouvé les corps de trois hommes.", set()),
    ],
)  # fmt: skip
def test_bodies_found(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's craft is flown by its forces, never the state
        ("Un drone américain a tué quatre insurgés au Waziristan du Nord.",
         {("Military Forces of the United States", "FIGHT", "Unidentified Armed Group (Pakistan)",
           "North Waziristan")}),
        ("La Syrie a abattu un avion turc.", {("Syria", "FIGHT", "Military Forces of Turkey", None)}),
        # a barracks or a police station with no owner named: the forces that hold it
        ("L'attaque de Boko Haram contre une caserne de Damaturu a fait 25 morts.",
         {("Boko Haram", "FIGHT", "Nigerian Armed Forces", "Damaturu")}),
        ("Boko Haram a attaqué un commissariat à Kano.",
         {("Boko Haram", "FIGHT", "Police Forces of Nigeria", "Kano")}),
        # the owner named stays
        ("Des islamistes ont attaqué une caserne de l'armée malienne à Gao.",
         {(MLI_ARMED, "FIGHT", "Malian Armed Forces", "Gao")}),
        # a site taken is a place, no party
        ("Les rebelles ont pris la caserne de Tessalit.", {(MLI_ARMED, "CAPTURE", None, "Tessalit")}),
    ],
)  # fmt: skip
def test_forces_by_what_they_hold(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge between a group noun and its "de" complement: the complement still names the group
        ("Des membres présumés de Boko Haram ont incendié un commissariat à Maiduguri.",
         {("Boko Haram", "FIGHT", "Police Forces of Nigeria", "Maiduguri")}),
        ("Des membres présumés d'Aqmi ont enlevé deux Français.",
         {(AQMI, "ASSAULT", "Civilians (France)", None)}),
        ("Des islamistes présumés ont attaqué Gao.", {(MLI_ARMED, "FIGHT", None, "Gao")}),
    ],
)  # fmt: skip
def test_hedged_group_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an insider attack on allies whose nationality the KB now knows
        ("Un soldat afghan a tué par balles trois militaires australiens dans la province d'Uruzgan "
         "avant de prendre la fuite.",
         {("Military Forces of Afghanistan", "FIGHT", "Military Forces of Australia", "Uruzgān")}),
        ("Deux soldats néo-zélandais ont été tués par une bombe dans la province de Bamiyan.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Military Forces of New Zealand", "Bāmyān")}),
        # "sans combattre": what was not done is no event
        ("Les combattants du Mujao ont pris Douentza sans combattre.",
         {(MUJAO, "CAPTURE", None, "Douentza")}),
        # a toll participle the parser hung on the place noun: the toll of the bombing, the capital
        # in that noun's complement no killer
        ("Un kamikaze shebab s'est fait exploser dans un restaurant de Mogadiscio, tuant quinze personnes.",
         {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        ("Un kamikaze s'est fait exploser devant une mosquée de Kaboul, faisant vingt morts.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_insiders_and_tolls(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces landing somewhere are deployed there; shells landing stay an attack
        ("Les premiers soldats nigérians de la Misma ont atterri à Bamako.",
         {("Nigerian Armed Forces", "MOBILIZE", None, "Bamako")}),
        ("Un avion de la Croix-Rouge a atterri à Gao.", set()),
        ("Deux obus ont atterri près de l'aéroport de Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kabul")}),
        # a wrecking noun on property is property destruction, as the verb is
        # the mausoleums' town is where they were destroyed (round frstyle53, events/site_places.py)
        ("La destruction des mausolées de Tombouctou par Ansar Dine a choqué le monde.",
         {("Ansar Dine", "COERCE", None, "Timbuktu")}),
        ("La destruction de trois chars de l'armée par les rebelles a été confirmée.",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_landings_and_wrecking_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
