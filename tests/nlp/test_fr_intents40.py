"""French round 40: the near future "aller + infinitive" (an act announced, not done), power handed
over (a concession to its receiver) and promised, troops withdrawn from a country (the place left,
no party), and a present threat whose "si" clause breaks the parse, in wire sentences of our own,
as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
REBELS_MALI = "Unidentified Armed Group (Mali)"
REBELS_SYRIA = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooperative act announced in the near future or the simple future: a promise
        ("La France va accorder un prêt au Mali.", {("France", "AGREE", "Mali", None)}),
        ("Le Japon va fournir une aide alimentaire au Niger.", {("Japan", "AGREE", "Niger", None)}),
        ("Les États-Unis vont livrer des armes aux rebelles syriens.",
         {("United States", "AGREE", REBELS_SYRIA, None)}),
        ("Le Mali va négocier avec les rebelles touareg.", {("Mali", "AGREE", REBELS_MALI, None)}),
        ("L'Allemagne livrera des blindés au Tchad.", {("Germany", "AGREE", "Chad", None)}),
        # a sanction announced: a threat; an attack announced stays an attack, told as threatened
        ("Les États-Unis vont imposer des sanctions à la Syrie.",
         {("United States", "THREATEN", "Syria", None)}),
        ("Les États-Unis allaient imposer des sanctions à l'Iran.",
         {("United States", "THREATEN", "Iran", None)}),
        ("L'armée syrienne va bombarder Alep.", {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        # "aller" in a past tense is a move, not a future: the fight took place
        ("Les soldats sont allés combattre les rebelles à Gao.",
         {("Malian Armed Forces", "FIGHT", REBELS_MALI, "Gao")}),
    ],
)  # fmt: skip
def test_near_future(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Les rebelles vont attaquer Gao.", "threatened"),
        ("La France va envoyer des soldats au Mali.", "hypothetical"),
        ("La France a envoyé des soldats au Mali.", "asserted"),
    ],
)
def test_near_future_modality(text: str, modality: str) -> None:
    assert {e.modality for e in facts(text, "fr", "2012-10-16").events} == {modality}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # power handed over: a concession (CAMEO 0832), its receiver the target
        ("L'armée malienne a remis le pouvoir aux civils.",
         {("Malian Armed Forces", "CONCEDE", "Civilians (Mali)", None)}),
        ("L'armée malienne a cédé le pouvoir à Dioncounda Traoré.",
         {("Malian Armed Forces", "CONCEDE", "Mali", None)}),
        # promised or announced: a promise to the receiver
        ("L'armée malienne s'est engagée à transférer le pouvoir aux civils.",
         {("Malian Armed Forces", "AGREE", "Civilians", None)}),
        ("L'armée malienne va remettre le pouvoir à Dioncounda Traoré.",
         {("Malian Armed Forces", "AGREE", "Mali", None)}),
        # a promise with no receiver named is no event of ours
        ("L'armée égyptienne a promis de céder le pouvoir au futur président élu.", set()),
        # the subject is no object noun: barricades removed are no withdrawal
        ("Les militaires ont retiré les barricades à Lomé.", set()),
    ],
)  # fmt: skip
def test_power_handed_over(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops withdrawn from a country: the place left, never a target
        ("La France a retiré ses soldats du Mali.", {("France", "RETREAT", None, "Mali")}),
        ("Le Tchad a retiré son contingent de la Centrafrique.",
         {("Chad", "RETREAT", None, "Central African Republic")}),
        # promised or announced: the promise is placed where the troops leave
        ("Les États-Unis se sont engagés à retirer leurs soldats d'Irak.",
         {("United States", "AGREE", None, "Iraq")}),
        ("La Syrie a promis de retirer ses troupes du Liban.", {("Syria", "AGREE", None, "Lebanon")}),
        ("La Syrie a promis de se retirer du Liban.", {("Syria", "AGREE", None, "Lebanon")}),
        ("La France va retirer ses troupes du Mali.", {("France", "AGREE", None, "Mali")}),
        ("La France retirera ses troupes d'Afghanistan.", {("France", "AGREE", None, "Afghanistan")}),
        # a candidacy or a bill withdrawn is no retreat
        ("Le candidat a retiré sa candidature.", set()),
        ("Le gouvernement a retiré son projet de loi.", set()),
    ],
)  # fmt: skip
def test_withdrawals(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "menace" read as a noun, its infinitive hung on it: the threat keeps its target
        ("La Turquie menace de frapper la Syrie si les tirs continuent.",
         {("Turkey", "THREATEN", "Syria", None)}),
        ("La Turquie menace de frapper la Syrie.", {("Turkey", "THREATEN", "Syria", None)}),
        ("Le Hamas menace d'attaquer Israël si les raids continuent.",
         {("Hamas", "THREATEN", "Israel", None)}),
        ("La Turquie a menacé de frapper la Syrie si les tirs continuaient.",
         {("Turkey", "THREATEN", "Syria", None)}),
    ],
)  # fmt: skip
def test_conditioned_threats(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act avoided is not done: denied, no event told
        ("Le conseil militaire cherche à éviter de remettre le pouvoir aux civils.", set()),
        ("L'intervention française a permis d'éviter un massacre à Mopti.", set()),
        # the act asked in an ultimatum's condition is not done either
        ("Les talibans tueraient les otages à moins que la France retire ses soldats d'Afghanistan.",
         {("Taliban", "THREATEN", "France", None)}),
    ],
)  # fmt: skip
def test_acts_not_done(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
