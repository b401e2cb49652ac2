"""Violent events that did not happen (issue 14, round modal75): an attack foiled, thwarted, averted,
prevented or disrupted is denied, one plotted or planned hypothetical, in English and French
(nlp/foiled_attacks.py; lexicon groups foiling_verbs, plot_nouns). Whoever foils an attack acts: a
fight (FIGHT, CAMEO 19), as ACLED codes a thwarted attack (an armed clash) and as 'thwart'/'foil' and now
'déjouer' are typed; the would-be attackers' attack keeps its row, with that modality. A plot's arrests
stay arrests. Each rule with near sentences it must not fire on: an attack repelled took place, one
told done stays asserted."""

from __future__ import annotations

import pytest
from unit._extract import Row, modal_rows, rows

pytestmark = pytest.mark.nlp

DATE = "2020-05-01"
Modal = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack prevented, averted or disrupted was not carried out
        ("The army prevented an attack by Boko Haram on Maiduguri on Sunday.",
         {("Boko Haram", "FIGHT", "Maiduguri", "denied")}),
        ("An attack by Al-Shabaab on Afgoye was averted by the army on Sunday.",
         {("Al-Shabaab", "FIGHT", "Afgooye", "denied")}),
        ("Security forces disrupted a Houthi attack on Marib on Sunday.",
         {("Houthis", "FIGHT", "Ma'rib", "denied")}),
        # a foiled attack did not hit what it targeted
        ("Police said a foiled attack by ISKP militants targeted a mosque in Jalalabad.",
         {("Islamic State Khorasan Province", "FIGHT", "Jalālābād", "denied")}),
        # a plotted one is only planned
        ("ISKP militants were behind a plot to bomb a mosque in Jalalabad.",
         {("Islamic State Khorasan Province", "FIGHT", "Jalālābād", "hypothetical")}),
        # the plotters' arrest stays an arrest
        ("Police arrested two ISKP militants over a plot to bomb the Indian embassy in Kabul.",
         {("Police Forces of Afghanistan", "COERCE", "Kabul", "asserted")}),
    ],
)  # fmt: skip
def test_foiled_en(text: str, expected: set[Modal]) -> None:
    assert modal_rows(text, "en", DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack repelled took place: the fight stands, asserted
        ("The army repulsed an attack by Al-Shabaab on Afgoye on Sunday.",
         {("Somali National Army", "FIGHT", "Afgooye", "asserted")}),
        ("Residents fled after an attack by Al-Shabaab on Afgoye on Sunday.",
         {("Al-Shabaab", "FIGHT", "Afgooye", "asserted")}),
        # an attack told done, on another's word, is reported, not denied
        ("Police said the attack by ISKP militants targeted a mosque in Jalalabad.",
         {("Islamic State Khorasan Province", "FIGHT", "Jalālābād", "reported")}),
        # protesters prevented from entering: no attack
        ("Police prevented protesters from entering the parliament in Kathmandu.", set()),
    ],
)  # fmt: skip
def test_not_foiled_en(text: str, expected: set[Modal]) -> None:
    assert modal_rows(text, "en", DATE) == expected


def test_thwarter_fights_en() -> None:
    """Who thwarts an attack fights its authors (ACLED's armed clash); no attack of theirs is told done."""
    text = "Security forces thwarted an attack by Boko Haram militants on a military base in Borno."
    assert rows(text, "en", DATE) == {("Police Forces of Nigeria", "FIGHT", "Boko Haram", "Borno")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # une attaque empêchée ou déjouée n'a pas eu lieu
        ("Les militaires ont empêché une attaque des jihadistes contre le camp de Sévaré.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Sévaré", "denied")}),
        ("Une attaque du JNIM contre le camp de Sévaré a été déjouée par l'armée.",
         {("Malian Armed Forces", "FIGHT", None, "asserted"),
          ("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Sévaré", "denied")}),
        ("Selon la police, l'attentat déjoué du JNIM visait une église de Bamako.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Bamako", "denied")}),
        # un projet d'attentat n'est qu'un projet
        ("Le projet d'attentat du JNIM visait une église de Bamako.",
         {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Bamako", "hypothetical")}),
        # qui déjoue un attentat combat ses auteurs ('déjouer' comme 'foil')
        ("L'armée a déjoué un attentat contre une église à Kaduna.",
         {("Nigerian Armed Forces", "FIGHT", "Kaduna", "asserted")}),
        # l'arrestation de ceux qui le préparaient reste une arrestation
        ("La police a arrêté deux membres du JNIM soupçonnés de préparer un attentat contre une église "
         "à Bamako.",
         {("Police Forces of Mali", "COERCE", "Bamako", "asserted")}),
    ],
)  # fmt: skip
def test_foiled_fr(text: str, expected: set[Modal]) -> None:
    assert modal_rows(text, "fr", DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # une attaque repoussée a eu lieu; une attaque dite faite reste affirmée
        ("L'armée a repoussé une attaque du JNIM contre le camp de Sévaré.",
         {("Malian Armed Forces", "FIGHT", "Sévaré", "asserted")}),
        ("Les jihadistes ont attaqué un poste de police à Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Gao", "asserted")}),
        ("Le JNIM a visé une église de Bamako.",
         {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Bamako", "asserted")}),
    ],
)  # fmt: skip
def test_not_foiled_fr(text: str, expected: set[Modal]) -> None:
    assert modal_rows(text, "fr", DATE) == expected


def test_thwarter_fights_fr() -> None:
    text = "Les forces de sécurité ont déjoué une attaque de Boko Haram contre une base à Maiduguri."
    expected: set[Row] = {("Police Forces of Nigeria", "FIGHT", "Boko Haram", "Maiduguri")}
    assert rows(text, "fr", DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms told by their measure are the arms (ACLED's disrupted weapons use), their owner the target
        ("Soldiers located 30 kilograms of explosives planted by the PKK near a village in Hakkari.",
         {("Military Forces of Turkey", "COERCE", "Kurdistan Workers' Party", "Hakkâri")}),
        ("Soldiers seized a consignment of rifles belonging to the ELN in Arauca.",
         {("Military Forces of Colombia", "COERCE", "National Liberation Army (Colombia)", "Arauca")}),
        # a modifier of what is recovered may name the arms
        ("Soldiers recovered three improvised explosive devices planted by NPA rebels in Catarman.",
         {("Military Forces of the Philippines", "COERCE", "New People's Army", "Catarman")}),
        # devices that are no arms, recovered, are no seizure; a measure of nothing seizable is none
        ("Soldiers recovered three devices in Catarman.", set()),
        ("Soldiers located 30 kilograms of flour near a village in Hakkari.", set()),
    ],
)  # fmt: skip
def test_measured_arms(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", DATE) == expected
