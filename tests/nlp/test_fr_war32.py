"""French war reporting, Syria-style (issue 14), round 32: sentences of our own, as exact (actor,
type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SAA = "Syrian Arab Army"
SYR_ARMED = "Unidentified Armed Group (Syria)"
MLI_ARMED = "Unidentified Armed Group (Mali)"
MLI_MIL = "Malian Armed Forces"
FSA = "Free Syrian Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday between the verb and its object: the sides are still the verb's
        ("Des affrontements ont opposé mercredi les soldats maliens aux islamistes près de Konna.",
         {(MLI_MIL, "FIGHT", MLI_ARMED, "Konna"), (MLI_ARMED, "FIGHT", MLI_MIL, "Konna")}),
        ("Des combats ont opposé lundi l'Armée syrienne libre aux forces gouvernementales à Deir ez-Zor.",
         {(FSA, "FIGHT", SAA, "Deir ez-Zor"), (SAA, "FIGHT", FSA, "Deir ez-Zor")}),
        # "entre X et Y" hung on the place of the fighting
        ("De violents combats se poursuivent dans la ville d'Alep entre l'armée et les rebelles.",
         {(SAA, "FIGHT", SYR_ARMED, "Aleppo"), (SYR_ARMED, "FIGHT", SAA, "Aleppo")}),
        # new clash nouns
        ("De violents accrochages ont eu lieu entre l'armée et les rebelles à Homs.",
         {(SAA, "FIGHT", SYR_ARMED, "Homs"), (SYR_ARMED, "FIGHT", SAA, "Homs")}),
        ("Des heurts entre manifestants et policiers ont fait deux blessés à Tunis.",
         # protesters clashing with state forces riot (as ACLED codes it; test_en_news32)
         {("Rioters (Tunisia)", "PROTEST", "Police Forces of Tunisia", "Tunis")}),
        # a dispute is still no fight
        ("Un différend oppose depuis mardi la Syrie à la Turquie.", set()),
    ],
)  # fmt: skip
def test_the_two_sides_of_a_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the positions a group's adjective names are that group's
        ("L'armée française a mené des frappes aériennes contre les positions islamistes près de Gao.",
         {("French Armed Forces", "FIGHT", MLI_ARMED, "Gao")}),
        # ... not when a name headed by that word came before: no unnamed group stands for it
        ("Les islamistes d'Ansar Dine ont pris Gao. L'armée française a bombardé les positions islamistes "
         "près de Gao.",
         {("Ansar Dine", "CAPTURE", None, "Gao"), ("French Armed Forces", "FIGHT", None, "Gao")}),
        ("Les hélicoptères du régime ont visé un bastion rebelle à Homs.",
         {("Syrian Arab Army", "FIGHT", SYR_ARMED, "Homs")}),
        # "des dizaines de civils" the parser hung as an oblique: the object all the same
        ("Les chabbiha ont massacré des dizaines de civils dans le village de Houla.",
         {("Shabiha", "ASSAULT", "Civilians (Syria)", "Kafr Lāhā")}),  # the KB's militia (round frstyle82)
        # victims named with their nationality are that state's civilians
        ("Des rebelles syriens ont enlevé des pèlerins libanais près d'Alep.",
         {(SYR_ARMED, "ASSAULT", "Civilians (Lebanon)", "Aleppo")}),
    ],
)  # fmt: skip
def test_targets(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # combat aircraft with no owner named: the forces of the country they struck in
        ("Des avions de combat ont bombardé la ville de Maaret al-Nouman.",
         {(SAA, "FIGHT", None, "Ma‘arrat an Nu‘mān")}),
        ("Des hélicoptères ont bombardé mercredi un village près de Kidal.",
         {("Malian Armed Forces", "FIGHT", None, "Kidal")}),
        # ... an accident is no attack
        ("Un avion de l'armée de l'air syrienne s'est écrasé près de la frontière turque.", set()),
        # the dead of a bombardment are its author's victims
        ("Au moins vingt personnes ont été tuées dans des bombardements de l'armée sur Alep.",
         {(SAA, "ASSAULT", "Civilians (Syria)", "Aleppo")}),  # one bombardment, one event (frstyle69)
        # an attack on the army keeps the army as its target
        ("Trois soldats ont été tués dans une attaque contre l'armée à Homs.",
         {(SYR_ARMED, "FIGHT", SAA, "Homs")}),
    ],
)  # fmt: skip
def test_authors(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of attacks: the attacks are the subject of the toll
        ("Une série d'attentats a fait au moins 50 morts en Irak.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Iraq")}),
        ("L'aviation syrienne a mené une série de raids sur Alep.", {(SAA, "FIGHT", None, "Aleppo")}),
        # the place of a bombardment of localities "de la province d'Idleb"
        ("L'aviation syrienne a bombardé jeudi plusieurs localités de la province d'Idleb.",
         {(SAA, "FIGHT", None, "Idlib")}),
        # a series that is no event's stays none
        ("Le ministre a présenté une série de mesures à Damas.", set()),
    ],
)  # fmt: skip
def test_series_and_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
