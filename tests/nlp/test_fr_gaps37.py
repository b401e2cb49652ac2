"""French `lexicon gaps` (issue 14, round 37): constructions of the dev corpus's gap list, and of
2012-style wire stories of our own, that report events, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_MLI = "Unidentified Armed Group (Mali)"
UAG_SYR = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack noun as the antecedent of the killing verb's relative pronoun: its unnamed author
        ("L'attentat qui a tué deux soldats français à Gao a été revendiqué.",
         {(UAG_MLI, "FIGHT", "French Armed Forces", "Gao")}),
        ("Une explosion qui a tué quatre civils à Kandahar a été condamnée.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # a named author keeps its attack; a relative clause of anything else stays no attack
        ("Les talibans, qui ont tué trois policiers à Kandahar, ont menacé la ville.",
         {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kandahār"),
          ("Taliban", "THREATEN", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_attack_noun_antecedent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disaster or an accident that killed names no attacker
        ("Le séisme a tué trois habitants à Hérat.", set()),
        ("Une inondation a tué dix villageois près de Gao.", set()),
        ("Une explosion accidentelle a tué deux ouvriers à Tripoli.", set()),
        # an explosion with no such word stays an attack
        ("Une explosion a tué deux policiers à Kandahar.",
         {(UAG_AFG, "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
    ],
)  # fmt: skip
def test_accidents_name_no_attacker(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "au cours de" is a preposition of time as "lors de"
        ("Trois soldats sont morts au cours d'une embuscade près de Gao.",
         {(UAG_MLI, "FIGHT", "Malian Armed Forces", "Gao")}),
        # dying in fighting no side of which is named: as "ont été tués lors de combats"
        ("Deux civils sont morts lors de combats à Alep.",
         {(UAG_SYR, "ASSAULT", "Civilians (Syria)", "Aleppo")}),
        ("Trois soldats sont morts au cours d'un accrochage près de Gao.",
         {(UAG_MLI, "FIGHT", "Malian Armed Forces", "Gao")}),
        # the sides named are the fight's
        ("Cinq rebelles sont morts lors d'affrontements avec l'armée près d'Idleb.",
         {(UAG_SYR, "FIGHT", "Syrian Arab Army", "Idlib"), ("Syrian Arab Army", "FIGHT", UAG_SYR, "Idlib")}),
        # dying in no fight: no event
        ("Un soldat est mort au cours d'un exercice près de Gao.", set()),
        ("Un ancien ministre est mort au cours de son exil à Paris.", set()),
    ],
)  # fmt: skip
def test_deaths_in_fighting(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a network or cell named by what it is: the armed group, also as a leader's 'de' complement
        ("Un haut responsable du réseau jihadiste a été arrêté près de Kidal.",
         {("Police Forces of Mali", "COERCE", UAG_MLI, "Kidal")}),
        ("Le chef d'une cellule terroriste a été interpellé à Tripoli.",
         {("Police Forces of Libya", "COERCE", "Unidentified Armed Group (Libya)", "Tripoli")}),
        # a network of anything else is no group
        ("Le réseau de soutien aux réfugiés a ouvert un bureau à Gao.", set()),
    ],
)  # fmt: skip
def test_terrorist_networks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violating or breaking a ceasefire or a truce: a fight by who does it (CAMEO 196)
        ("Le cessez-le-feu a été violé par l'armée syrienne à Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        ("Les rebelles ont rompu la trêve près d'Alep.", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        # no one named, or the truce kept: no event
        ("La trêve a été violée à Homs.", set()),
        ("Le régime a respecté le cessez-le-feu à Homs.", set()),
    ],
)  # fmt: skip
def test_ceasefire_violations(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless headline an attack noun heads: the attack of its unnamed author
        ("Attentat contre des civils à Kaboul", {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("Afghanistan : attaque contre des soldats afghans à Kandahar",
         {(UAG_AFG, "FIGHT", "Military Forces of Afghanistan", "Kandahār")}),
        # a headline of no attack: no event
        ("Victoire des islamistes aux élections à Tripoli", set()),
    ],
)  # fmt: skip
def test_attack_headlines(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attacks noted in an agentless passive: their unnamed author's, as when carried out
        ("Des agressions contre des journalistes ont été signalées à Benghazi.",
         {("Unidentified Armed Group (Libya)", "ASSAULT", "Journalists (Libya)", "Benghazi")}),
        ("Des attaques contre des soldats ont été signalées près de Gao.",
         {(UAG_MLI, "FIGHT", "Malian Armed Forces", "Gao")}),
        # no attack noted: no event
        ("Des réfugiés ont été recensés près de Gao.", set()),
    ],
)  # fmt: skip
def test_attacks_noted(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
