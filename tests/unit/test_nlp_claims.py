"""Claims of responsibility (issue 14): war news tells an attack first and its author later. The
claimer becomes the actor of the attack told with no author; the claim is no event of its own.
Exact (actor, type, target, place) rows, French and English."""

from __future__ import annotations

import pytest
from unit._extract import Row, en_news_rows, fr_rows

pytestmark = pytest.mark.nlp

AFG_CIVILIANS, MALI_CIVILIANS = "Civilians (Afghanistan)", "Civilians (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un attentat-suicide a tué au moins 20 personnes à Kaboul. Les talibans ont revendiqué l'attaque.",
         {("Taliban", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
        ("Un attentat-suicide a tué au moins 20 personnes à Kaboul. "
         "L'attaque a été revendiquée par les talibans.",
         {("Taliban", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
        ("Un kamikaze s'est fait exploser à Kandahar, faisant dix morts. "
         "Les talibans ont revendiqué cet attentat.",
         {("Taliban", "ASSAULT", AFG_CIVILIANS, "Kandahār")}),
        ("Une voiture piégée a explosé à Gao, faisant cinq morts. "
         "Le Mujao a affirmé être l'auteur de l'attaque.",
         {("Movement for Unity and Jihad in West Africa", "ASSAULT", MALI_CIVILIANS, "Gao")}),
        ("Une voiture piégée a explosé à Gao, faisant cinq morts. Ansar Dine a revendiqué la responsabilité "
         "de l'attentat.", {("Ansar Dine", "ASSAULT", MALI_CIVILIANS, "Gao")}),
    ],
)  # fmt: skip
def test_a_french_claim_names_the_author_of_the_attack_told(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber killed six people in Kabul. The Taliban claimed responsibility for the attack.",
         {("Taliban", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
        ("A suicide bomber killed six people in Kabul. The Taliban claimed the bombing.",
         {("Taliban", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
        ("Gunmen killed 20 villagers near Maiduguri. Boko Haram said it carried out the attack.",
         {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
        # the attack claimed in a relative clause of the same sentence
        ("Gunmen killed 20 villagers in Borno state, in an attack which was claimed by Boko Haram.",
         {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno")}),
        # "claimed responsibility" with no complement: the attack told
        ("A roadside bomb killed four soldiers in Helmand. The Taliban claimed responsibility.",
         {("Taliban", "ASSAULT", "Military Forces of Afghanistan", "Helmand")}),
    ],
)  # fmt: skip
def test_an_english_claim_names_the_author_of_the_attack_told(text: str, expected: set[Row]) -> None:
    assert en_news_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no attack told: the claimer's own attack, as before
        ("Les talibans ont revendiqué l'attaque.", {("Taliban", "FIGHT", None, None)}),
        ("Les talibans ont revendiqué un attentat à Kaboul.", {("Taliban", "ASSAULT", None, "Kabul")}),
        # an attack by a named actor is not taken over by whoever claims it
        ("L'armée malienne a attaqué les islamistes près de Gao. Ansar Dine a revendiqué l'attaque.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
        # a claim denied names no author
        ("Un attentat-suicide a tué 20 personnes à Kaboul. "
         "Les talibans ont nié être les auteurs de l'attaque.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
    ],
)  # fmt: skip
def test_a_french_claim_without_an_unnamed_attack_told_reads_as_before(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban claimed responsibility for the attack.", {("Taliban", "FIGHT", None, None)}),
        ("The army attacked militants near Maiduguri. Boko Haram claimed responsibility for the attack.",
         {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Maiduguri")}),
        ("A suicide bomber killed six people in Kabul. No group claimed responsibility for the attack.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
        ("A suicide bomber killed six people in Kabul. "
         "The Taliban did not claim responsibility for the attack.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", AFG_CIVILIANS, "Kabul")}),
    ],
)  # fmt: skip
def test_an_english_claim_without_an_unnamed_attack_reads_as_before(text: str, expected: set[Row]) -> None:
    assert en_news_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un attentat-suicide a tué 23 personnes à Mossoul.\n"
         "L'Armée d'Ansar Al-Sounna a ensuite revendiqué l'attentat dans un communiqué.",
         {("Ansar al-Sunna Army", "ASSAULT", "Civilians (Iraq)", "Mosul")}),
        ("Une voiture piégée a tué neuf personnes à Kirkouk.\n"
         "L'Armée d'Ansar Al-Sounna a ensuite revendiqué l'attentat sur internet.",
         {("Ansar al-Sunna Army", "ASSAULT", "Civilians (Iraq)", "Kirkuk")}),
    ],
)  # fmt: skip
def test_a_claimer_named_across_a_hyphen_ner_cut(text: str, expected: set[Row]) -> None:
    """After a line break NER ends the name at "Al" of "Al-Sounna": the hyphenated word is whole."""
    assert fr_rows(text) == expected
