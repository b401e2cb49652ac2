"""French war reporting (issue 14), round 27: wire-style sentences of our own about Mali, Syria and
Afghanistan, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED as PUBLISHED
from unit._extract import Row, both_fight, en_rows, facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

SYR_ARMY, SYR_ARMED = "Syrian Arab Army", "Unidentified Armed Group (Syria)"
MLI_ARMY, MLI_ARMED = "Malian Armed Forces", "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons received from a state: the giver aids the receiver (verb_object recevoir + arme)
        ("Les rebelles syriens ont reçu des armes du Qatar.", {("Qatar", "AID", SYR_ARMED, None)}),
        ("Selon Damas, l'ASL a reçu des munitions de la Turquie.",
         {("Turkey", "AID", "Free Syrian Army", None)}),
        ("Le régime affirme que les insurgés syriens reçoivent de l'armement de l'Arabie saoudite.",
         {("Saudi Arabia", "AID", SYR_ARMED, None)}),
        # letters are no aid, and receiving them is no meeting
        ("Le ministre a reçu des lettres de la Turquie.", set()),
    ],
)  # fmt: skip
def test_weapons_received_are_aid_from_the_giver(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed side fleeing or abandoning a town gives it up (RETREAT from that town)
        ("Les jihadistes ont fui Tombouctou dans la nuit.", {(MLI_ARMED, "RETREAT", None, "Timbuktu")}),
        ("Un officier a indiqué que les islamistes avaient abandonné Douentza.",
         {(MLI_ARMED, "RETREAT", None, "Douentza")}),
        ("Les combattants du Mujao se sont enfuis de Gao mardi.",
         {("Movement for Unity and Jihad in West Africa", "RETREAT", None, "Gao")}),
        # residents fleeing give up no territory; fleeing the fighting leaves no place
        ("Les habitants ont fui la ville de Homs.", set()),
        ("Des civils ont fui les combats.", set()),
        # people counted by their nationality are civilians, not their state; "les Français" alone
        # still stand for France's forces
        ("Des milliers de Maliens ont fui au Niger voisin.", set()),
        ("Les Français ont repris Tombouctou.", {("France", "CAPTURE", None, "Timbuktu")}),
    ],
)  # fmt: skip
def test_fleeing_a_town_is_a_retreat(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of a fight noun told by "avoir lieu", hung on the verb or on the town name
        ("Des combats ont eu lieu à Konna entre l'armée malienne et les jihadistes.",
         both_fight(MLI_ARMY, MLI_ARMED, "Konna")),
        ("Selon un officier, des affrontements ont eu lieu entre les soldats et les rebelles près de Homs.",
         both_fight(SYR_ARMY, SYR_ARMED, "Homs")),
        # both sides as coordinated objects of "opposer" whose subject is the fighting
        ("Des combats opposent depuis lundi l'armée et les rebelles à Alep.",
         both_fight(SYR_ARMY, SYR_ARMED, "Aleppo")),
        ("Un différend oppose le Mali et l'Algérie.", set()),
    ],
)  # fmt: skip
def test_sides_of_a_fight_that_took_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll of an accident is no attack (accident_verbs), the toll of a downing is
        ("Un hélicoptère de l'Otan s'est écrasé dans la province de Kandahar, tuant deux soldats.", set()),
        ("Un avion de l'armée syrienne s'est écrasé près de Homs, tuant ses deux pilotes.", set()),
        ("Un hélicoptère de l'Otan a été abattu par les talibans dans le Helmand, tuant trois soldats.",
         {("Taliban", "FIGHT", "NATO", "Helmand")}),
    ],
)  # fmt: skip
def test_a_crash_is_no_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military operation against a side is a fight with it, as an offensive is
        ("L'armée afghane a mené une opération contre les talibans dans la province de Kandahar.",
         {("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kandahār")}),
        ("Selon l'état-major, la France a lancé une opération contre les jihadistes au Mali.",
         {("France", "FIGHT", MLI_ARMED, "Mali")}),
        # an operation against no one named is none
        ("L'opération de secours se poursuit à Gao.", set()),
    ],
)  # fmt: skip
def test_an_operation_against_a_side_is_a_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A NATO helicopter crashed in Kandahar province, killing two soldiers.", set()),
        ("A NATO helicopter was shot down by the Taliban in Helmand, killing two soldiers.",
         {("Taliban", "FIGHT", "NATO", "Helmand")}),
    ],
)  # fmt: skip
def test_an_english_crash_is_no_attack(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces entering a town take it (CAPTURE), whatever the parser's passive labels on a verb
        # of motion with "être" (etre_verbs); "faire son entrée à" as "entrer dans"
        ("Les soldats français sont entrés dans Kidal mercredi.",
         {("French Armed Forces", "CAPTURE", None, "Kidal")}),
        ("Les troupes maliennes ont fait leur entrée à Gao samedi, a annoncé l'armée.",
         {(MLI_ARMY, "CAPTURE", None, "Gao")}),
        # "dans X" hung on the weekday after the verb
        ("Les soldats français sont entrés lundi dans Tombouctou.",
         {("French Armed Forces", "CAPTURE", None, "Timbuktu")}),
        ("Selon un officier, les rebelles sont entrés dans la ville de Homs.",
         {(SYR_ARMED, "CAPTURE", None, "Homs")}),
        # entering a country is no capture of it; a room is no place; a war is no place
        ("Les troupes tchadiennes sont entrées au Mali.", set()),
        ("Le président est entré dans la salle.", set()),
        ("Le pays est entré en guerre.", set()),
    ],
)  # fmt: skip
def test_forces_entering_a_town_take_it(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject before "avoir" the parser labels passive is still who acts
        ("Les insurgés ont attaqué Gao dans la nuit de dimanche à lundi.",
         {(MLI_ARMED, "FIGHT", None, "Gao")}),
        ("Les talibans ont attaqué une base de l'Otan dans la nuit de samedi à dimanche.",
         {("Taliban", "FIGHT", "NATO", None)}),
    ],
)  # fmt: skip
def test_a_subject_with_avoir_is_active(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


Told = tuple[str, str, str | None, str]


def told(text: str) -> set[Told]:
    f = facts(text, "fr", PUBLISHED)
    names = {a.id: a.name for a in f.actors}
    return {(names[e.actor_id], e.type, names.get(e.target_id or ""), e.modality) for e in f.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third party's word, named or not, "selon X" before or after: reported
        ("Selon un responsable malien, l'armée a repris Konna vendredi.",
         {(MLI_ARMY, "CAPTURE", None, "reported")}),
        ("L'armée a repris le contrôle de Konna, a indiqué un officier.",
         {(MLI_ARMY, "CAPTURE", None, "reported")}),
        ("Un officier a indiqué que les islamistes avaient abandonné Douentza.",
         {(MLI_ARMED, "RETREAT", None, "reported")}),
        ("Les soldats ont bombardé Homs, selon l'OSDH.", {(SYR_ARMY, "FIGHT", None, "reported")}),
        # the actor's own word: asserted; its denial: denied
        ("Les talibans ont affirmé avoir tué trois soldats de l'Isaf.",
         {("Taliban", "FIGHT", "ISAF", "asserted")}),
        ("Le Mujao a démenti avoir enlevé le ressortissant français.",
         {("Movement for Unity and Jihad in West Africa", "ASSAULT", "Civilians (France)", "denied")}),
    ],
)  # fmt: skip
def test_reported_speech(text: str, expected: set[Told]) -> None:
    assert told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town taken, a bare name the parser hung as an adverb, not the town it is measured
        # from; and that town's country is no side the town was taken from
        ("Des jihadistes ont pris Diabaly, à 400 km de Bamako.", {(MLI_ARMED, "CAPTURE", None, "Diabaly")}),
        ("Diabaly a été reprise par l'armée malienne.", {(MLI_ARMY, "CAPTURE", None, "Diabaly")}),
    ],
)  # fmt: skip
def test_a_town_taken_far_from_another(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # loyalists are the state's forces (generic_groups loyaliste, force loyaliste, force loyale)
        ("Les loyalistes ont pilonné le quartier de Baba Amr à Homs.",
         {(SYR_ARMY, "FIGHT", None, "Baba Amr")}),
        ("Selon l'OSDH, les forces loyales au régime ont bombardé Homs.",
         {(SYR_ARMY, "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_loyalists_are_the_state_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
