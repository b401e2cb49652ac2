"""French real news (issue 14), round 75, in sentences of our own: a kamikaze's toll told of his own
act ("Il est mort sur le champ, faisant cinq blessés") is his assault; an attack dated by a day the text
has not told ("l'attentat du 7 avril") is another attack than the one just told; a claim of attacks
in the plural ("ont revendiqué les attentats") names the author of each one told. Each rule with a
near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import Row, fr_rows

pytestmark = pytest.mark.nlp

UAG = "Unidentified Armed Group (Mali)"
MUJAO = "Movement for Unity and Jihad in West Africa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll hangs on a verb that is no event; its subject, or the pronoun for it, an attacker
        ("Un kamikaze s'est précipité d'un toit à Gao. Il est mort sur le champ, faisant cinq blessés.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Le kamikaze est mort sur le champ, faisant cinq blessés dont deux touristes étrangers.",
         {("Unidentified Armed Group", "ASSAULT", "Civilians (International)", None)}),
        # negative: the blast told before is the event; a driver's death is no attack
        ("Un kamikaze s'est fait exploser près d'un marché de Gao. "
         "Il est mort sur le champ, faisant cinq blessés.",
         {(UAG, "ASSAULT", None, "Gao")}),
        ("Le chauffeur du camion est mort sur le champ à Gao, faisant cinq blessés.", set()),
        ("Un kamikaze a été arrêté à Gao. Le chauffeur est mort sur le champ, faisant cinq blessés.",
         {("Police Forces of Mali", "COERCE", UAG, "Gao")}),
    ],
)  # fmt: skip
def test_a_kamikaze_toll_is_his_assault(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un kamikaze s'est fait exploser à Gao. L'attentat du 7 avril avait tué deux soldats.",
         {(UAG, "ASSAULT", None, "Gao"), (UAG, "FIGHT", "Malian Armed Forces", None)}),
        # negative: the day told before is that attack's
        ("Un kamikaze s'est fait exploser à Gao le 7 avril. L'attentat du 7 avril a tué deux soldats.",
         {(UAG, "ASSAULT", None, "Gao")}),
    ],
)  # fmt: skip
def test_an_attack_of_another_day_is_another(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un kamikaze s'est fait exploser à Gao. Un autre attentat a tué trois civils à Kidal. "
         "Le Mujao a revendiqué les attentats.",
         {(MUJAO, "ASSAULT", "Civilians (Mali)", "Kidal"), (MUJAO, "ASSAULT", None, "Gao")}),
        # negative: one attack claimed is the last one told
        ("Un kamikaze s'est fait exploser à Gao. Un autre attentat a tué trois civils à Kidal. "
         "Le Mujao a revendiqué l'attentat.",
         {(MUJAO, "ASSAULT", "Civilians (Mali)", "Kidal"), (UAG, "ASSAULT", None, "Gao")}),
    ],
)  # fmt: skip
def test_attacks_claimed_in_the_plural_are_each_the_claimers(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person whose role gives him the state is the target of that state's own organs
        ("Moussa Keïta, ancien Premier ministre malien, vit à Dakar. "
         "La justice malienne a lancé un mandat d'arrêt contre M. Keïta.",
         {("Judiciary of Mali", "COERCE", "Moussa Keïta", None)}),
        # negative: another state's organ targets the state he stands for; he acts for his state
        ("Moussa Keïta, Premier ministre malien, vit à Dakar. La justice sénégalaise a condamné M. Keïta.",
         {("Judiciary of Senegal", "ACCUSE", "Mali", None)}),
    ],
)  # fmt: skip
def test_a_state_organ_targets_the_person_not_its_state(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no comma after the fronted phrase, or a colon: the noun phrase opening the clause is its subject
        ("Dans le centre du Caire trois attentats contre des touristes ont été perpétrés jeudi.",
         {("Unidentified Armed Group (Egypt)", "ASSAULT", "Civilians (Egypt)", "Cairo")}),
        ("Jeudi, la contestation s'est étendue à la province du Sud : 2 000 manifestants se sont "
         "rassemblés devant la mairie de Kidal.",
         {("Protesters (Mali)", "PROTEST", None, "Kidal")}),
        # negative: a subject of its own, a complement opened by its preposition
        ("Près de la ville de Gao deux soldats ont été tués par des rebelles.",
         {(UAG, "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Le maire de la ville de Gao a été enlevé par des hommes armés.",
         {(UAG, "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_a_stranded_noun_phrase_is_the_subject(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims of several nations listed together are of none: ACLED's international civilians
        ("L'explosion de Gao a tué trois Belges et un Canadien.",
         {(UAG, "ASSAULT", "Civilians (International)", "Gao")}),
        # negative: one nation; states attacked are no victims listed
        ("L'attentat de Gao avait tué deux Français.", {(UAG, "ASSAULT", "Civilians (France)", "Gao")}),
        ("Les rebelles ont attaqué la France et les États-Unis.",
         {("Unidentified Armed Group (France)", "FIGHT", "France", "France"),
          ("Unidentified Armed Group (France)", "FIGHT", "United States", "France")}),
    ],
)  # fmt: skip
def test_victims_of_several_nations_are_international(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
