"""French recall (issue 14), round 22, on sentences of our own: an unnamed attacker scoped by the
place of the attack when the text names no country; exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import controls as control_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country anywhere: the town where the massacre happened gives the unnamed group's
        ("Un massacre a fait cent morts à Houla.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Kafr Lāhā")}),
        ("Une explosion a fait douze morts à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Une tuerie a coûté la vie à huit villageois près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # no place and no country: nothing to scope a removal from office by
        ("Le président a été destitué par le Parlement.", set()),
    ],
)  # fmt: skip
def test_unnamed_attacker_takes_the_country_of_its_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense control verb the tagger reads as an adjective: tagged again as a verb
        ("Le Mujao et Ansar Dine contrôlent la ville de Gao.",
         {("Ansar Dine", "Gao"), ("Movement for Unity and Jihad in West Africa", "Gao")}),
        ("Les rebelles contrôlent la ville de Gao.", {("Unidentified Armed Group (Mali)", "Gao")}),
        # the imperfect, its object hung as an oblique by the parser
        ("Le MNLA contrôlait Ménaka.", {("National Movement for the Liberation of Azawad", "Ménaka")}),
    ],
)  # fmt: skip
def test_present_tense_control_verbs(text: str, expected: set[tuple[str, str]]) -> None:
    assert control_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "financent" read as an adjective: tagged again, the verb's object a country
        ("Les États-Unis financent le Kirghizistan.", {("United States", "AID", "Kyrgyzstan", None)}),
        # "l'est de" is a compass point, not the verb être: the fight is in the country
        ("Des combats ont opposé l'armée syrienne aux rebelles dans l'est de la Syrie.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Syria"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Syria")}),
        # the verb être stays one
        ("La situation est difficile dans le nord.", set()),
    ],
)  # fmt: skip
def test_present_tense_verbs_misread(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
