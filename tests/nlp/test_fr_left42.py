"""French constructions that gave nothing or the wrong event (issue 14), round 42: sentences of our
own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

from conflictkg.nlp.pipeline import plain_characters

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA = "National Movement for the Liberation of Azawad"
MALI_ARMY = "Malian Armed Forces"
ARMED = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hung the present verb on its subject and made the town after it the root
        ("Ansar Dine attaque Konna.", {("Ansar Dine", "FIGHT", None, "Konna")}),
        ("Ansar Dine bombarde Konna depuis lundi.", {("Ansar Dine", "FIGHT", None, "Konna")}),
    ],
)  # fmt: skip
def test_town_after_present_verb_is_its_object(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the operation that made the act possible: its owner, else whoever launched it
        ("L'armée malienne a lancé une offensive qui a permis de reprendre Douentza.",
         {(MALI_ARMY, "CAPTURE", None, "Douentza"), (MALI_ARMY, "FIGHT", None, None)}),
        ("Les soldats français ont mené une opération qui a permis d'arrêter trois suspects à Gao.",
         {("French Armed Forces", "COERCE", None, "Gao")}),
        ("Une opération de l'armée malienne a permis d'arrêter trois suspects.",
         {(MALI_ARMY, "COERCE", None, None)}),
        # nobody named: no event
        ("L'offensive a permis de reprendre la ville.", set()),
    ],
)  # fmt: skip
def test_enabling_operation(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening quote written for the apostrophe of an elision
        ("La France a décidé d\u2018envoyer des troupes au Mali.", {("France", "MOBILIZE", None, "Mali")}),
        ("Le MNLA s\u2018est emparé de Kidal.", {(MNLA, "CAPTURE", None, "Kidal")}),
        ("Le MNLA a pris le contrôle d\u2018Aguelhok.", {(MNLA, "CAPTURE", None, "Aguelhok")}),
        # power handed back, after either elision
        ("L\u2018armée malienne a rendu le pouvoir aux civils.",
         {(MALI_ARMY, "CONCEDE", "Civilians (Mali)", None)}),
        ("La junte malienne s\u2019est engagée à rendre le pouvoir aux civils.",
         {("Mali", "AGREE", "Civilians (Mali)", None)}),
    ],
)  # fmt: skip
def test_typeset_elision(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_opening_quote_of_a_quotation_stays() -> None:
    text = "Il a répondu \u2018jamais\u2019 d\u2018emblée."
    assert plain_characters(text) == "Il a répondu \u2018jamais\u2019 d\u2019emblée."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective the tagger read as a name: the title is that country's voice
        ("Le président afghan a condamné l'attaque.", {("Afghanistan", "ACCUSE", None, None)}),
        ("Le gouvernement afghan a dénoncé l'attentat de Kaboul.", {("Afghanistan", "ACCUSE", None, None)}),
        ("Le ministre malien de la Défense a condamné l'attentat.", {("Mali", "ACCUSE", None, None)}),
    ],
)  # fmt: skip
def test_titled_demonym_speaks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ceux-ci", "ces derniers": the nearest plural named before, not the subject
        ("Les soldats maliens ont attaqué les rebelles à Gao. Ceux-ci ont ensuite pris la ville de Tessalit.",
         {(MALI_ARMY, "FIGHT", ARMED, "Gao"), (ARMED, "CAPTURE", None, "Tessalit")}),
        ("Les rebelles touaregs ont pris Kidal. Ces derniers ont ensuite attaqué Gao.",
         {(ARMED, "CAPTURE", None, "Kidal"), (ARMED, "FIGHT", None, "Gao")}),
        ("Les forces maliennes ont combattu les milices à Gao. Celles-ci ont attaqué Tessalit.",
         {(MALI_ARMY, "FIGHT", "Unidentified Communal Militia (Mali)", "Gao"),
          ("Unidentified Communal Militia (Mali)", "FIGHT", None, "Tessalit")}),
        # the nearest plural is no actor, or there is none: no one acts
        ("Les soldats maliens ont repoussé les rebelles pendant trois jours. Ceux-ci ont attaqué Gao.",
         {(MALI_ARMY, "FIGHT", ARMED, None)}),
        ("L'armée malienne a pris Gao. Ceux-ci ont attaqué Tessalit.", {(MALI_ARMY, "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_latter_pronoun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
