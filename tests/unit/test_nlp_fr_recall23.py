"""French recall (issue 14), round 23, on sentences of our own: noun-headed attacks with a toll and
no named attacker, expulsions, offensives, control claims of groups listed with "dont" and plans
to send troops, torture and weapons used on civilians; exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row, controls, facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"
ANSAR = "Ansar Dine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated attack noun stays one word; the site ("une mosquée de X") is placed by X
        ("Un attentat-suicide a fait douze morts dans une mosquée de la province de Kunduz.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kunduz")}),
        ("Un attentat-suicide a tué six passants à Lashkar Gah.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Lashkar Gāh")}),
        # shots and attacks whose toll is told, aimed at no one named: an assault on civilians
        ("Des tirs d'obus ont fait quatre blessés dans un hôpital d'Alep.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Aleppo")}),
        ("Une attaque kamikaze a coûté la vie à sept civils à Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        # an attack aimed at forces stays a fight with them
        ("Une attaque contre une patrouille de l'armée a fait cinq morts près de Tombouctou.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Timbuktu")}),
        # the attacker named: no unnamed group
        ("L'attentat-suicide revendiqué par les talibans a fait neuf morts à Jalalabad.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Jalālābād")}),
    ],
)  # fmt: skip
def test_attack_nouns_with_a_toll(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive: the agent the parser hangs on the town is still the one who drove them out
        ("Le MNLA a été chassé de Ménaka par les combattants du Mujao.",
         {(MUJAO, "FIGHT", MNLA, "Ménaka"), (MUJAO, "CAPTURE", MNLA, "Ménaka")}),
        ("Ansar Dine a délogé le MNLA de Tombouctou.",
         {(ANSAR, "FIGHT", MNLA, "Timbuktu"), (ANSAR, "CAPTURE", MNLA, "Timbuktu")}),
        # "hors de" the town, on the object's complement
        ("Les islamistes d'Ansar Dine ont repoussé les rebelles du MNLA hors de Tombouctou.",
         {(ANSAR, "FIGHT", MNLA, "Timbuktu"), (ANSAR, "CAPTURE", MNLA, "Timbuktu")}),
        # forces expelled from a town: a capture, no sanction; diplomats expelled stay a sanction
        ("Le Mujao a expulsé les rebelles touareg du MNLA de Ménaka.",
         {(MUJAO, "CAPTURE", MNLA, "Ménaka")}),
        ("Le Mali a expulsé l'ambassadeur de France.", {("Mali", "SANCTION", "France", None)}),
    ],
)  # fmt: skip
def test_forces_driven_out_of_a_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offensive launched to take a town is fought there
        ("Les soldats maliens ont lancé une contre-offensive pour reprendre Tombouctou.",
         {("Malian Armed Forces", "FIGHT", None, "Timbuktu"),
          ("Malian Armed Forces", "CAPTURE", None, "Timbuktu")}),
        ("L'armée syrienne a lancé une offensive pour reprendre le contrôle de Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs"), ("Syrian Arab Army", "CAPTURE", None, "Homs")}),
        # the text said who holds the town: the offensive is fought against them
        ("Gao est contrôlée par le Mujao. Les soldats maliens ont lancé une offensive pour reprendre Gao.",
         {("Malian Armed Forces", "FIGHT", MUJAO, "Gao"), ("Malian Armed Forces", "CAPTURE", None, "Gao")}),
        # a military operation against a named side is a fight with it; a relief operation is none
        ("L'armée française a conduit une opération contre les talibans dans la province de Kapisa.",
         {("French Armed Forces", "FIGHT", "Taliban", "Kāpīsā")}),
        ("L'ONU a lancé une opération humanitaire à Alep.", set()),
    ],
)  # fmt: skip
def test_offensives_launched(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic holder whose members are named: each named member holds the place
        ("Le nord du Mali est contrôlé par des mouvements islamistes, dont Ansar Dine et le Mujao.",
         {(ANSAR, "Mali"), (MUJAO, "Mali")}),
        ("La ville de Kidal est sous le contrôle de groupes rebelles, dont le MNLA.", {(MNLA, "Kidal")}),
        ("Tombouctou est contrôlée par plusieurs mouvements armés, dont Ansar Dine et Aqmi.",
         {(ANSAR, "Timbuktu"), ("Al-Qaeda in the Islamic Maghreb", "Timbuktu")}),
        # none named: the generic group holds it
        ("La ville de Gao est contrôlée par des groupes armés.",
         {("Unidentified Armed Group (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_control_claims_of_named_members(text: str, expected: set[tuple[str, str]]) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops whose sending is being prepared or considered: a planned mobilization
        ("L'Union africaine prépare l'envoi de deux mille soldats en Somalie.",
         {("African Union", "MOBILIZE", None, "Somalia", "hypothetical")}),
        ("La France envisage l'envoi de renforts au Mali.",
         {("France", "MOBILIZE", None, "Mali", "hypothetical")}),
        # announced: told as done
        ("Le Tchad a annoncé l'envoi de troupes au Mali.", {("Chad", "MOBILIZE", None, "Mali", "asserted")}),
        ("La Cédéao prépare un sommet à Abuja.", set()),
    ],
)  # fmt: skip
def test_troops_planned(text: str, expected: set[tuple[str, str, str | None, str | None, str]]) -> None:
    f = facts(text, "fr", "2012-10-16")
    names = {a.id: a.name for a in f.actors}
    places = {loc.id: loc.name for loc in f.locations}
    got = {(names[e.actor_id], e.type, names.get(e.target_id or ""), places.get(e.location_id or ""),
            e.modality) for e in f.events}  # fmt: skip
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prisoners tortured with no torturer named: the unnamed armed group; named, the one named
        ("Des prisonniers ont été torturés dans une caserne de Homs.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Des détenus ont été torturés par la police à Kaboul.",
         {("Police Forces of Afghanistan", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        # weapons used on civilians: an assault, the target in the weapon's phrase
        ("L'armée syrienne a utilisé des bombes à sous-munitions contre des civils à Homs.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("L'armée a utilisé des armes lourdes contre les rebelles à Alep.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo")}),
        # accused by no one named: what the accused did stands; with an accuser, the accusation
        ("Le régime syrien est accusé d'avoir utilisé des bombes incendiaires contre des civils à Idleb.",
         {("Syria", "ASSAULT", "Civilians (Syria)", "Idlib")}),
        ("Le régime syrien a été accusé par l'ONU d'avoir utilisé des bombes incendiaires contre des civils.",
         {("United Nations", "ACCUSE", "Syria", None)}),
    ],
)  # fmt: skip
def test_torture_and_weapons_on_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless act the text accused someone of is theirs
        ("Amnesty accuse la police afghane de torturer des prisonniers. Plusieurs prisonniers ont été "
         "torturés à Kaboul.",
         {("Amnesty International", "ACCUSE", "Police Forces of Afghanistan", None),
          ("Police Forces of Afghanistan", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        # accused of something else: the torturer stays unnamed
        ("Amnesty accuse la police afghane de corruption. Plusieurs prisonniers ont été torturés à Kaboul.",
         {("Amnesty International", "ACCUSE", "Police Forces of Afghanistan", None),
          ("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_agentless_act_of_the_accused(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
