"""French war news (issue 14), more wire-style sentence classes of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

AFG_ARMED, SYR_ARMED = "Unidentified Armed Group (Afghanistan)", "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomber blowing himself up, a car bomb, an explosion: the unnamed armed group of the place
        ("Un kamikaze s'est fait exploser devant une base de l'OTAN à Kaboul.",
         {(AFG_ARMED, "ASSAULT", "NATO", "Kabul")}),
        ("Un kamikaze s'est fait exploser à Kandahar, faisant dix morts.",
         {(AFG_ARMED, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        ("L'explosion d'une voiture piégée a fait vingt morts à Damas.",
         {(SYR_ARMED, "ASSAULT", "Civilians (Syria)", "Damascus")}),
        ("Une voiture piégée a explosé à Alep, faisant quinze morts.",
         {(SYR_ARMED, "ASSAULT", "Civilians (Syria)", "Aleppo")}),
        ("Une voiture piégée a explosé devant un poste de police à Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Police Forces of Iraq", "Baghdad")}),
        # what exploded by accident is no attack
        ("Un dépôt de munitions a explosé près de Damas.", set()),
    ],
)  # fmt: skip
def test_explosions_are_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who escaped an attack was its target; a person attacked is assaulted, a force fought
        ("Le Premier ministre a échappé à une attaque kamikaze à Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Iraq", "Baghdad")}),
        # a person named (knowledge base or NER) is the target, not the state of their office
        ("Le président afghan Hamid Karzaï a échappé à un attentat à Kandahar.",
         {(AFG_ARMED, "ASSAULT", "Hamid Karzai", "Kandahār")}),
        ("Ahmed Chalabi, vice-premier ministre d'Irak, a échappé à une attaque kamikaze à Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Ahmed Chalabi", "Baghdad")}),
        # "sortir indemne de" is an escape too (the parser reads "est sorti" as a passive)
        ("Le président afghan Hamid Karzaï est sorti indemne d'un attentat à Kandahar.",
         {(AFG_ARMED, "ASSAULT", "Hamid Karzai", "Kandahār")}),
        ("Ahmed Chalabi est sorti indemne d'une attaque kamikaze à Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Ahmed Chalabi", "Baghdad")}),
        ("Un convoi de l'armée malienne a échappé à une embuscade près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_the_subject_of_an_escape_is_the_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_attack_retold_by_its_unnamed_attacker_is_one_event() -> None:
    text = ("Le Premier ministre a échappé à une attaque kamikaze lundi à Bagdad. Dans cette attaque "
            "visant le convoi, le kamikaze s'est fait exploser au milieu du convoi.")  # fmt: skip
    assert rows(text) == {("Unidentified Armed Group (Iraq)", "ASSAULT", "Iraq", "Baghdad")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named by what they do is a civilian; fire on civilians is an assault (on a
        # journalist: ACLED's "Journalists (X)", as when one is killed)
        ("Deux hommes à moto ont ouvert le feu sur l'avocat à Ajaccio.",
         {("Unidentified Armed Group (France)", "ASSAULT", "Civilians (France)", "Ajaccio")}),
        ("Des inconnus ont ouvert le feu sur un journaliste à Mogadiscio.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Journalists (Somalia)", "Mogadishu")}),
        ("Des hommes armés ont tiré sur des enseignants près de Kandahar.",
         {(AFG_ARMED, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # fire on a force stays a fight
        ("Les talibans ont ouvert le feu sur un convoi de l'armée afghane.",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
    ],
)  # fmt: skip
def test_fire_on_civilians_is_an_assault(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


SYR = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "affrontements avec X": the other side is unnamed, rioters when they face the police;
        # one clash with the first side named, the others standing with it
        ("Des affrontements avec les policiers et l'armée ont causé au moins six morts à Lomé.",
         {("Rioters (Togo)", "FIGHT", "Police Forces of Togo", "Lomé"),
          ("Police Forces of Togo", "FIGHT", "Rioters (Togo)", "Lomé")}),
        ("Des affrontements avec l'armée ont fait cinq morts près d'Alep.",
         {(SYR_ARMED, "FIGHT", SYR, "Aleppo"), (SYR, "FIGHT", SYR_ARMED, "Aleppo")}),
        # "les rebelles aux forces X": whom the rebels face does not name them
        ("Des combats ont opposé les rebelles aux forces gouvernementales à Damas.",
         {(SYR_ARMED, "FIGHT", SYR, "Damascus"), (SYR, "FIGHT", SYR_ARMED, "Damascus")}),
        ("Des combats ont opposé les rebelles à l'armée à Damas.",
         {(SYR_ARMED, "FIGHT", SYR, "Damascus"), (SYR, "FIGHT", SYR_ARMED, "Damascus")}),
    ],
)  # fmt: skip
def test_clashes_with_an_unnamed_side(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tear gas used on or protesters dispersed: coercion by the forces of the place's country, and
        # the protest they met (ACLED's protest with intervention)
        ("La police a fait usage de gaz lacrymogènes contre les manifestants à Quito.",
         {("Police Forces of Ecuador", "COERCE", "Protesters (Ecuador)", "Quito"),
          ("Protesters (Ecuador)", "PROTEST", None, "Quito")}),
        ("Les forces de l'ordre ont dispersé les manifestants à Tunis.",
         {("Police Forces of Tunisia", "COERCE", "Protesters (Tunisia)", "Tunis"),
          ("Protesters (Tunisia)", "PROTEST", None, "Tunis")}),
        ("La police a tiré des gaz lacrymogènes sur les manifestants à Nairobi.",
         {("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
          ("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
        # weapons used on attackers are no crowd control
        ("La police a fait usage de ses armes contre les assaillants.", set()),
    ],
)  # fmt: skip
def test_crowd_control_is_coercion(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the demonym is the consulate's: the gunmen are of the place's country; the building is
        # hit, not the state it belongs to (round fratk45: no fight with that state)
        ("Des hommes armés ont attaqué le consulat américain à Benghazi.",
         {("Unidentified Armed Group (Libya)", "FIGHT", None, "Benghazi")}),
        ("Des insurgés ont attaqué l'ambassade britannique à Kaboul.",
         {(AFG_ARMED, "FIGHT", None, "Kabul")}),
        # a state's aircraft are its forces
        ("La Syrie est en guerre. Un avion de chasse du régime a été abattu par les rebelles près d'Alep.",
         {(SYR_ARMED, "FIGHT", SYR, "Aleppo")}),
        ("Les rebelles ont abattu un hélicoptère syrien près d'Alep.", {(SYR_ARMED, "FIGHT", SYR, "Aleppo")}),
        # "soldats de X": X's soldiers; a capitalised name keeps its "à" complement
        ("Quatre soldats de la Force internationale d'assistance à la sécurité ont été tués par une bombe "
         "artisanale dans le sud de l'Afghanistan.", {(AFG_ARMED, "FIGHT", "ISAF", "Afghanistan")}),
        ("La Mission internationale de soutien au Mali a attaqué les islamistes à Gao.",
         {("AFISMA", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_whose_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


MNLA = "National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces driven out of a town: the fight is there, and the town is taken from them
        ("Les rebelles touareg du MNLA ont chassé l'armée malienne de Kidal.",
         {(MNLA, "FIGHT", "Malian Armed Forces", "Kidal"),
          (MNLA, "CAPTURE", "Malian Armed Forces", "Kidal")}),
        ("Les rebelles ont chassé les soldats de la ville de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao"),
          ("Unidentified Armed Group (Mali)", "CAPTURE", "Malian Armed Forces", "Gao")}),
        # an ambassador sent away takes no town
        ("Le Mali a chassé l'ambassadeur de France.", {("Mali", "FIGHT", "France", None)}),
    ],
)  # fmt: skip
def test_driven_out_of_a_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_relative_on_the_complement_of_a_group_is_the_group_s() -> None:
    """ "deux hommes à bord d'une moto qui ont ouvert le feu": the parser hangs the relative on "moto"."""
    text = "Ce sont trois hommes à bord d'une voiture qui ont ouvert le feu sur le médecin à Ajaccio."
    assert rows(text) == {("Unidentified Armed Group (France)", "ASSAULT", "Civilians (France)", "Ajaccio")}
