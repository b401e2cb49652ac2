"""French `lexicon gaps` (issue 14, round 34): predicates of the dev corpus's gap list whose uses
report events, in sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_MLI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dying in an attack: the attack by its unnamed author on who died, as "ont été tués dans"
        ("Des soldats maliens sont morts lundi dans une embuscade près de Mopti.",
         {(UAG_MLI, "FIGHT", "Malian Armed Forces", "Mopti")}),
        ("Un soldat français a trouvé la mort dans une embuscade près de Gao.",
         {(UAG_MLI, "FIGHT", "French Armed Forces", "Gao")}),
        ("Cinq civils sont morts dans l'explosion d'une bombe à Kaboul.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("Trois soldats sont morts dans un attentat à Kandahar.",
         {(UAG_AFG, "ASSAULT", "Military Forces of Afghanistan", "Kandahār")}),
        # an author named keeps the attack; fire ("tirs") is an event as the toll of deaths too
        ("Trois jihadistes sont morts dans une frappe aérienne française près de Gao.",
         {("France", "FIGHT", UAG_MLI, "Gao")}),
        ("Deux civils sont morts sous les tirs de l'armée à Homs.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        # the attacker's own death, or a death with no attack: no event
        ("Le kamikaze est mort dans l'explosion à Kaboul.", set()),
        ("Un ancien ministre est mort à Paris.", set()),
        ("Le président est mort d'une maladie à Alger.", set()),
    ],
)  # fmt: skip
def test_deaths_in_an_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mettre en déroute / en fuite" an enemy: a fight, the enemy its target
        ("Les forces afghanes ont mis en déroute les talibans près de Kandahar.",
         {("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kandahār")}),
        ("Les talibans ont été mis en déroute par l'armée afghane près de Kandahar.",
         {("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kandahār")}),
        ("L'armée malienne a mis en fuite les jihadistes à Douentza.",
         {("Malian Armed Forces", "FIGHT", UAG_MLI, "Douentza")}),
        ("Le bruit a mis en fuite les habitants de Gao.", set()),
        ("Le gouvernement a mis en place un couvre-feu à Bamako.", set()),
        # the idiom's noun is a particle: "prendre d'assaut X" keeps its object
        ("Les insurgés ont pris d'assaut un poste de police près de Kandahar.",
         {(UAG_AFG, "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
    ],
)  # fmt: skip
def test_routing_an_enemy(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prendre la fuite" is fleeing, never taking the place named
        ("Les islamistes ont pris la fuite vers Kidal.", {(UAG_MLI, "RETREAT", None, "Kidal")}),
        ("Le président a pris la fuite.", set()),
        # "fuir X": the town left, also when the parser reads it as a bare oblique
        ("Les rebelles ont fui Tombouctou mardi.", {(UAG_MLI, "RETREAT", None, "Timbuktu")}),
        # civilians fleeing: a displacement, no event of our types
        ("Des milliers d'habitants ont fui vers le Niger voisin.", set()),
    ],
)  # fmt: skip
def test_fleeing(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack carried out in an agentless passive: its unnamed author's, on whom it was aimed
        ("Une attaque a été perpétrée contre un poste de police à Kandahar.",
         {(UAG_AFG, "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        ("Deux attaques contre des soldats français ont été menées près de Gao.",
         {(UAG_MLI, "FIGHT", "French Armed Forces", "Gao")}),
        ("Une embuscade a été tendue à un convoi militaire près de Gao.",
         {(UAG_MLI, "FIGHT", "Malian Armed Forces", "Gao")}),
        # the author named keeps it
        ("Une attaque a été menée par les talibans contre un poste de police à Kandahar.",
         {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        # not an attack: no event
        ("Une enquête a été menée par la police à Kandahar.", set()),
    ],
)  # fmt: skip
def test_attacks_carried_out(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town an attack is aimed at is where it took place: on the noun, its light verb or idiom
        ("L'armée syrienne a effectué un raid contre Homs.", {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        ("L'aviation française a mené des frappes contre Gao.",
         {("French Armed Forces", "FIGHT", None, "Gao")}),
        ("Une offensive contre Alep a été lancée par l'armée syrienne.",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        # an actor aimed at stays the target
        ("Les rebelles ont mené une attaque contre l'armée à Homs.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Homs")}),
    ],
)  # fmt: skip
def test_towns_aimed_at(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_reporting_verb_lemma() -> None:
    """ "indique", spelt like a noun's form, is the reporting verb "indiquer": the gap list leaves
    it out with the other reporting verbs, and the event finder reads who speaks."""
    from conflictkg.nlp.pipeline import load_pipeline

    doc = load_pipeline("fr")("Le journal indique que les rebelles ont pris Kidal.")
    assert [t.lemma_ for t in doc if t.lower_ == "indique"] == ["indiquer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an assault told with no author, like an attack: its unnamed author's
        ("Une agression contre des civils a eu lieu à Gao.",
         {(UAG_MLI, "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("L'assassinat d'un juge a eu lieu à Quetta.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Quetta")}),
        # the author named keeps it
        ("Les talibans ont revendiqué l'assassinat d'un juge à Quetta.",
         {("Taliban", "ASSAULT", None, "Quetta")}),
    ],
)  # fmt: skip
def test_assaults_told_without_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
