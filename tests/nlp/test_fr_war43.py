"""French war news of 2012 (issue 14), round 43: sentences of our own in the style of the agencies
(Syria, Mali, Afghanistan), as exact (actor, type, target, place) rows and (actor, place) control
claims."""

from __future__ import annotations

import pytest
from unit._extract import controls
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
PUBLISHED = "2012-07-15"
SYR_ARMY = "Syrian Arab Army"
FSA = "Free Syrian Army"
SYR_ARMED = "Unidentified Armed Group (Syria)"
MLI_ARMED = "Unidentified Armed Group (Mali)"
AFG_ARMED = "Unidentified Armed Group (Afghanistan)"
MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Armée syrienne libre (ASL) a revendiqué mardi l'attaque contre un poste de l'armée à Deraa.",
         {("Free Syrian Army", "FIGHT", SYR_ARMY, "Dar‘ā")}),
        ("Les forces loyalistes ont repris dimanche le quartier de Salaheddine à Alep.",
         {(SYR_ARMY, "CAPTURE", None, "Salaheddine")}),
        ("L'aviation du régime a bombardé lundi la ville de Tal Rifaat, au nord d'Alep.",
         {(SYR_ARMY, "FIGHT", None, "Tall Rif‘at")}),
        ("Des combats opposent depuis jeudi les rebelles aux troupes gouvernementales à Deir Ezzor.",
         {(SYR_ARMED, "FIGHT", SYR_ARMY, "Deir ez-Zor"), (SYR_ARMY, "FIGHT", SYR_ARMED, "Deir ez-Zor")}),
        ("Un attentat à la voiture piégée a visé mercredi le siège des services de renseignement à Damas.",
         {(SYR_ARMED, "FIGHT", None, "Damascus")}),
        ("Damas accuse la Turquie d'armer les rebelles.", {("Syria", "ACCUSE", "Turkey", None)}),
        ("L'opposition syrienne réclame une zone d'exclusion aérienne dans le nord du pays.",
         {("Opposition (Syria)", "REQUEST", None, None)}),
        ("La Russie a opposé jeudi son veto à un projet de résolution du Conseil de sécurité sur la Syrie.",
         {("Russia", "REJECT", "UN Security Council", "Syria")}),
        ("Kofi Annan a rencontré lundi Bachar al-Assad à Damas.",
         {("United Nations", "CONSULT", "Syria", "Damascus")}),
        ("Des combats ont opposé mardi l'ASL à l'armée syrienne dans la province d'Idleb.",
         {(FSA, "FIGHT", SYR_ARMY, "Idlib"), (SYR_ARMY, "FIGHT", FSA, "Idlib")}),
    ],
)  # fmt: skip
def test_syria(text: str, expected: set[Row]) -> None:
    assert rows(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les islamistes ont détruit samedi plusieurs mausolées de saints à Tombouctou.",
         {(MLI_ARMED, "COERCE", None, "Timbuktu")}),
        ("La Cédéao menace d'intervenir militairement au Mali.", {("ECOWAS", "THREATEN", None, None)}),
        ("Le MUJAO a enlevé sept diplomates algériens à Gao.", {(MUJAO, "ASSAULT", "Algeria", "Gao")}),
        ("Paris appelle à une intervention africaine dans le nord du Mali.",
         {("France", "REQUEST", None, "Mali")}),
        ("L'armée malienne s'est repliée sur Mopti.", {("Malian Armed Forces", "RETREAT", None, "Mopti")}),
        # the clause's own name swallowed no verb: the group acts, the town is where
        ("Ansar Dine attaque Tombouctou.", {("Ansar Dine", "FIGHT", None, "Timbuktu")}),
    ],
)  # fmt: skip
def test_mali(text: str, expected: set[Row]) -> None:
    assert rows(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un kamikaze s'est fait exploser au passage d'un convoi de l'Otan dans la province de Kandahar.",
         {(AFG_ARMED, "ASSAULT", None, "Kandahār")}),
        ("Les talibans ont revendiqué l'attaque dans un communiqué.", {("Taliban", "FIGHT", None, None)}),
        ("Un soldat afghan a retourné son arme contre des soldats de la Force internationale d'assistance "
         "à la sécurité (FIAS) dans la province de Helmand.",
         {("Military Forces of Afghanistan", "FIGHT", "ISAF", "Helmand")}),
        ("Des insurgés ont attaqué dimanche une base de l'Otan à Jalalabad.",
         {(AFG_ARMED, "FIGHT", "NATO", "Jalālābād")}),
        ("Une frappe aérienne de l'Otan a tué huit civils dans la province de Kapisa.",
         {("NATO", "ASSAULT", "Civilians (Afghanistan)", "Kāpīsā")}),
        ("Le président Hamid Karzaï a condamné l'attaque.", {("Afghanistan", "ACCUSE", None, None)}),
        ("Le retrait des troupes françaises d'Afghanistan s'achèvera fin 2012.",
         {("French Armed Forces", "RETREAT", None, "Afghanistan")}),
    ],
)  # fmt: skip
def test_afghanistan(text: str, expected: set[Row]) -> None:
    assert rows(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present control verb the recognizer took into one name with the group and the town
        ("Ansar Dine contrôle Tombouctou depuis avril.", {("Ansar Dine", "Timbuktu")}),
        # ... and that the name span of a group noun before it swallowed
        ("Le groupe islamiste Ansar Dine contrôle Tombouctou depuis avril.", {("Ansar Dine", "Timbuktu")}),
        # the object the parser hung as a second subject after the verb
        ("Les talibans contrôlent le district de Musa Qala.", {("Taliban", "Mūsá Qal‘ah")}),
        ("Les islamistes contrôlent Gao depuis juin.", {(MLI_ARMED, "Gao")}),
        # a lower-case word inside a name after a preposition is no verb: the name stays whole
        ("La Force internationale d'assistance à la sécurité contrôle la ville de Kandahar.",
         {("ISAF", "Kandahār")}),
    ],
)  # fmt: skip
def test_towns_held(text: str, expected: set[tuple[str, str]]) -> None:
    assert controls(text, "fr", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight told in passing on a capture's verb was fought where the town was taken
        ("Les rebelles ont pris Kidal après de violents combats.",
         {(MLI_ARMED, "CAPTURE", None, "Kidal"), (MLI_ARMED, "FIGHT", None, "Kidal")}),
        ("Les islamistes ont chassé mercredi le MNLA de Gao après de violents combats.",
         {(MLI_ARMED, "CAPTURE", MNLA, "Gao"), (MLI_ARMED, "FIGHT", MNLA, "Gao")}),
    ],
)  # fmt: skip
def test_fought_where_taken(text: str, expected: set[Row]) -> None:
    assert rows(text, PUBLISHED) == expected
