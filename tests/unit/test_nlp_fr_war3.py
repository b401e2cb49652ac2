"""French war reporting (issue 14): places qualified by a country, territory changing hands and
one-sided violence in wire-style sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED as PUBLISHED
from unit._extract import Row, controls
from unit._extract import fr_rows as rows
from unit._extract import modal_rows as modal_rows_of

pytestmark = pytest.mark.nlp

IRQ_ARMED, MLI_ARMED = "Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Mali)"
AFG_FORCES, MUJAO = "Military Forces of Afghanistan", "Movement for Unity and Jihad in West Africa"
MNLA = "National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective keeps a region in its country: Iraqi Kurdistan is not Iran's Kordestān
        ("Une bombe a tué une trentaine de personnes à Erbil, dans le Kurdistan irakien.",
         {(IRQ_ARMED, "ASSAULT", "Civilians (Iraq)", "Erbil")}),
        ("Une voiture piégée a explosé dans le Kurdistan irakien, faisant neuf morts.",
         {(IRQ_ARMED, "ASSAULT", "Civilians (Iraq)", "Iraq")}),
        ("Les troupes françaises se sont retirées de la province afghane de Kapisa.",
         {("French Armed Forces", "RETREAT", None, "Kāpīsā")}),
        # "X, dans le nord de Y": X is the place, the region only says where it lies
        ("Des islamistes ont saccagé des tombeaux à Tombouctou, dans le nord du Mali.",
         {(MLI_ARMED, "COERCE", None, "Timbuktu")}),
        ("Les insurgés ont attaqué un convoi à Kandahar, dans le sud de l'Afghanistan.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_a_country_adjective_or_region_places_the_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handover of a province is ACLED's non-violent transfer (CAPTURE): the receiver takes it
        # from the giver
        ("Les troupes françaises ont transféré la responsabilité de la sécurité de la province de Kapisa "
         "aux forces afghanes.",
         {(AFG_FORCES, "CAPTURE", "French Armed Forces", "Kāpīsā")}),
        ("L'Otan a remis le contrôle du district de Bamiyan à l'armée afghane.",
         {(AFG_FORCES, "CAPTURE", "NATO", "Bāmyān")}),
        ("L'armée afghane a pris la responsabilité de la sécurité de la province de Bamiyan.",
         {(AFG_FORCES, "CAPTURE", None, "Bāmyān")}),
        # a town that falls to a group, or that a group loses to another
        ("Douentza est tombée aux mains des combattants du Mujao.", {(MUJAO, "CAPTURE", None, "Douentza")}),
        ("Le MNLA a perdu le contrôle de Gao au profit du Mujao.", {(MUJAO, "CAPTURE", MNLA, "Gao")}),
        # what falls without a taker is no capture
        ("Le gouvernement malien est tombé après le coup d'État.", set()),
        ("Les talibans ont pris la responsabilité de l'attentat de Kaboul.", set()),
    ],
)  # fmt: skip
def test_territory_handed_over_or_fallen(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive control verb, its agents listed; a place under a group's control or in its hands
        ("Depuis le printemps, le nord du Mali est contrôlé par le MNLA, Ansar Dine et le Mujao.",
         {(MNLA, "Mali"), ("Ansar Dine", "Mali"), (MUJAO, "Mali")}),
        ("La ville de Kidal est sous le contrôle du MNLA.", {(MNLA, "Kidal")}),
        ("La ville de Gao, aux mains du Mujao, a été bombardée.", {(MUJAO, "Gao")}),
        # a state holding its own ground, or control denied, is no claim
        ("L'armée ne contrôle plus la ville de Kidal.", set()),
    ],
)  # fmt: skip
def test_control_statements_are_control_claims(text: str, expected: set[tuple[str, str]]) -> None:
    assert controls(text) == expected


SYR_ARMED, SYR_CIVILIANS = "Unidentified Armed Group (Syria)", "Civilians (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's aircraft shot down with no shooter named: the unnamed armed group fought its army
        ("Un hélicoptère de l'armée syrienne a été abattu près de Deir ez-Zor.",
         {(SYR_ARMED, "FIGHT", "Syrian Arab Army", "Deir ez-Zor")}),
        ("Un avion de combat du régime a été abattu près d'Idleb, en Syrie.",
         {(SYR_ARMED, "FIGHT", "Syrian Arab Army", "Idlib")}),
        # a massacre, a killing spree, mortar fire that took lives: an attack by someone unnamed
        ("Un massacre a fait plus de cent morts dans le village de Houla, en Syrie.",
         {(SYR_ARMED, "ASSAULT", SYR_CIVILIANS, "Kafr Lāhā")}),
        ("Une tuerie a fait seize morts à Panjwai, en Afghanistan.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Panjwai")}),
        ("Des tirs de mortier ont tué cinq civils à Alep, en Syrie.",
         {(SYR_ARMED, "ASSAULT", SYR_CIVILIANS, "Aleppo")}),
        # a name NER reads whole though the parser scatters it
        ("L'aviation syrienne a bombardé la ville de Maarat al-Noomane, dans le nord-ouest de la Syrie.",
         {("Syrian Arab Army", "FIGHT", None, "Ma‘arrat an Nu‘mān")}),
    ],
)  # fmt: skip
def test_shot_down_and_unnamed_killings(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims named with their nationality are civilians of their own country, wherever taken
        ("Des hommes armés ont enlevé deux humanitaires français dans le nord du Niger.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (France)", "Niger")}),
        ("Trois otages italiens ont été enlevés près de Gao, au Mali.",
         {(MLI_ARMED, "ASSAULT", "Civilians (Italy)", "Gao")}),
        # detainees tortured: one-sided violence on civilians
        ("Les détenus sont torturés par les services de renseignement syriens.",
         {("Syria", "ASSAULT", SYR_CIVILIANS, None)}),
        ("Des prisonniers ont été torturés par la police à Damas.",
         {("Police Forces of Syria", "ASSAULT", SYR_CIVILIANS, "Damascus")}),
        # a president removed: the person named after the title, else the state of the office
        ("Le Congrès a destitué le président Rafael Ortiz en Équateur.",
         {("Legislature (Ecuador)", "COERCE", "Rafael Ortiz", "Ecuador")}),
        ("Crise en Équateur : le président a été destitué par le Congrès.",
         {("Legislature (Ecuador)", "COERCE", "Ecuador", None)}),
    ],
)  # fmt: skip
def test_victims_detainees_and_removed_presidents(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


IRQ_POLICE, AFG_POLICE = "Police Forces of Iraq", "Police Forces of Afghanistan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sur lui" after a preposition is someone else than the clause's subject: the attacker
        ("Un kamikaze a visé le convoi d'un ministre à Bagdad. L'assaillant a fait sauter son camion "
         "après que la police eut tiré sur lui.",
         {(IRQ_ARMED, "FIGHT", None, "Baghdad"), (IRQ_POLICE, "FIGHT", IRQ_ARMED, None)}),
        # once a named group claims the attack, whoever fought the attacker fought that group
        ("Un kamikaze a visé le convoi d'un gouverneur à Kandahar. L'assaillant a fait sauter son camion "
         "après que la police eut tiré sur lui. Les talibans ont revendiqué l'attentat.",
         {("Taliban", "FIGHT", None, "Kandahār"), (AFG_POLICE, "FIGHT", "Taliban", None)}),
    ],
)  # fmt: skip
def test_the_attacker_fired_upon(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def modal_rows(text: str) -> set[tuple[str, str, str | None, str]]:
    return modal_rows_of(text, "fr", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ready to send troops: the adjective's subject plans a deployment, not yet made
        ("La Cédéao se dit prête à envoyer 3 000 soldats au Mali.",
         {("ECOWAS", "MOBILIZE", "Mali", "hypothetical")}),
        ("La Cédéao est prête à déployer des troupes au Mali.",
         {("ECOWAS", "MOBILIZE", "Mali", "hypothetical")}),
        ("La Cédéao a envoyé des troupes au Mali.", {("ECOWAS", "MOBILIZE", "Mali", "asserted")}),
        # what a strike was fired on is where it hit
        ("Les talibans ont tiré des roquettes sur la ville de Jalalabad.",
         {("Taliban", "FIGHT", "Jalālābād", "asserted")}),
        ("Des insurgés ont tiré plusieurs roquettes sur la base de Bagram, en Afghanistan.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Bagram Air Base", "asserted")}),
        # districts of a capital its state stands for are in that city
        ("Le régime syrien a bombardé plusieurs quartiers de Damas.",
         {("Syria", "FIGHT", "Damascus", "asserted")}),
    ],
)  # fmt: skip
def test_readiness_and_city_districts(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert modal_rows(text) == expected
