"""French reports on northern Mali and Afghanistan (issue 14), round 32: sentences of our own, as
exact (actor, type, target, place) rows and (actor, place) control claims."""

from __future__ import annotations

import pytest
from unit._extract import controls
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MLI_ARMED = "Unidentified Armed Group (Mali)"
MLI_CIV = "Civilians (Mali)"
MUJAO = "Movement for Unity and Jihad in West Africa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present control verb the parser hung on its subject as a participle clause, its object
        # hung on a fronted complement of time: each town of the list is held
        ("Les combattants d'Ansar Dine contrôlent depuis juin les localités de Niafunké, Goundam et "
         "Douentza.",
         {("Ansar Dine", "Niafunké"), ("Ansar Dine", "Goundam"), ("Ansar Dine", "Douentza")}),
        ("Les islamistes d'Ansar Dine contrôlent depuis des mois les villes de Tombouctou et Gao.",
         {("Ansar Dine", "Timbuktu"), ("Ansar Dine", "Gao")}),
        # "contrôle" read as a noun with a subject and an object of its own
        ("Le Mujao contrôle la ville de Ménaka depuis novembre.", {(MUJAO, "Ménaka")}),
        # negated, it holds nothing
        ("Le Mujao ne contrôle plus la ville de Ménaka.", set()),
    ],
)  # fmt: skip
def test_towns_held(text: str, expected: set[tuple[str, str]]) -> None:
    assert controls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wrecking property hits no party: property destruction (COERCE), not a fight
        ("Des jihadistes ont démoli à la pioche plusieurs mausolées de saints à Tombouctou.",
         {(MLI_ARMED, "COERCE", None, "Timbuktu")}),
        ("Les islamistes ont fait sauter un pont à Gao.", {(MLI_ARMED, "COERCE", None, "Gao")}),
        ("Les talibans ont incendié une école de filles dans la province de Ghazni.",
         {("Taliban", "COERCE", None, "Ghaznī")}),  # the province (its ISO name), not its seat
        # what the wreckers hit is a party's: still a fight
        ("Les jihadistes ont détruit deux blindés de l'armée malienne près de Konna.",
         {(MLI_ARMED, "FIGHT", "Malian Armed Forces", "Konna")}),
        # "sauter" with no causative, or with no property, is no event
        ("Les parachutistes ont sauté sur Tombouctou.", set()),
    ],
)  # fmt: skip
def test_property_destroyed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corporal punishment: its victim, named as no party, is civilians
        ("Les islamistes ont amputé la main d'un jeune homme accusé de vol à Gao.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Gao")}),
        ("Un couple a été lapidé à Aguelhok par des islamistes.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Aguelhok")}),
        ("Les jihadistes ont fouetté des fumeurs à Tombouctou.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Timbuktu")}),
        # imposing sharia is coercion
        ("Les islamistes appliquent la charia à Kidal.", {(MLI_ARMED, "COERCE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_jihadist_rule(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces arriving somewhere are deployed there; refugees arriving are no event
        ("Plusieurs centaines de soldats français sont arrivés dimanche à Bamako.",
         {("French Armed Forces", "MOBILIZE", None, "Bamako")}),
        ("Un contingent tchadien est arrivé à Kidal.", {("Chadian Armed Forces", "MOBILIZE", None, "Kidal")}),
        ("Les forces spéciales françaises ont débarqué à Gao.",
         {("French Armed Forces", "MOBILIZE", None, "Gao")}),
        ("Des milliers de réfugiés maliens sont arrivés au Burkina Faso.", set()),
        # soldiers sent, in the passive and counted by a collective noun: the forces sent mobilize
        ("Des centaines de soldats tchadiens ont été envoyés à Gao.",
         {("Chadian Armed Forces", "MOBILIZE", None, "Gao")}),
        ("Le Niger a envoyé des centaines de soldats au Mali.", {("Niger", "MOBILIZE", None, "Mali")}),
    ],
)  # fmt: skip
def test_troops_arriving(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of a lexicon verb the tagger read as an adjective or a noun after its auxiliary
        ("Un homme et une femme ont été lapidés à Aguelhok par des islamistes.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Aguelhok")}),
        ("Les jihadistes ont publiquement fouetté des fumeurs à Tombouctou.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Timbuktu")}),
    ],
)  # fmt: skip
def test_participles_misread(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hostages freed by their captors: a release; freed by soldiers (a rescue): none
        ("Aqmi a libéré deux otages espagnols.",
         {("Al-Qaeda in the Islamic Maghreb", "CONCEDE", "Civilians (Spain)", None)}),
        ("L'armée française a libéré quatre otages.", set()),
        ("Les soldats français ont libéré Tombouctou.",
         {("French Armed Forces", "CAPTURE", None, "Timbuktu")}),
        # an insider turning his weapon on his allies attacks them
        ("Un policier afghan a retourné son arme contre des soldats de l'Isaf dans le Helmand.",
         {("Police Forces of Afghanistan", "FIGHT", "ISAF", "Helmand")}),
        ("Les rebelles ont retourné leurs armes contre des civils à Gao.",
         {(MLI_ARMED, "ASSAULT", MLI_CIV, "Gao")}),
    ],
)  # fmt: skip
def test_hostages_and_insiders(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air strikes a state force tells of with no author are its own; the attack condemned after
        # is the one told as an attack, not the strikes
        ("Des jihadistes ont attaqué un poste de l'armée malienne à Konna. L'armée malienne affirme que "
         "des frappes aériennes ont « neutralisé » vingt terroristes près de Douentza. La Cédéao a condamné "
         "l'attaque.",
         {(MLI_ARMED, "FIGHT", "Malian Armed Forces", "Konna"),
          ("Malian Armed Forces", "FIGHT", None, "Douentza"),
          ("ECOWAS", "ACCUSE", MLI_ARMED, None)}),
    ],
)  # fmt: skip
def test_air_strikes_told_by_a_state_force(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
