"""French coercion (issue 14), round frcoerce45: crowd-control weapons used against a crowd, told in
a participle clause or a main clause, as exact (actor, type, target, place) rows. Sentences of our
own."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle hung on the "de" complement of the group noun: the whole group acts
        ("Le cortège a dégénéré à Quito, les forces de l'ordre faisant un usage massif de gaz "
         "lacrymogènes à l'encontre des manifestants.",
         {("Police Forces of Ecuador", "COERCE", "Protesters (Ecuador)", "Quito"),
          ("Protesters (Ecuador)", "PROTEST", None, "Quito")}),
        # a crowd or a movement with no name, coerced: the protesters of the country
        ("La police a fait usage de gaz lacrymogène contre la foule à Dakar.",
         {("Police Forces of Senegal", "COERCE", "Protesters (Senegal)", "Dakar"),
          ("Protesters (Senegal)", "PROTEST", None, "Dakar")}),
        ("La police a fait usage de gaz lacrymogène contre un mouvement de grève à Dakar.",
         {("Police Forces of Senegal", "COERCE", "Protesters (Senegal)", "Dakar"),
          ("Protesters (Senegal)", "PROTEST", None, "Dakar")}),
        # students stay who they are
        ("Les policiers ont fait un large usage de grenades lacrymogènes contre les étudiants à Dakar.",
         {("Police Forces of Senegal", "COERCE", "Civilians (Senegal)", "Dakar")}),
    ],
)  # fmt: skip
def test_crowd_control_weapons(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second infinitive shares the first one's subject, though hung on the participle
        # between them; a position taken near a town is no town taken
        ("Une opération des forces de police irakiennes a permis d'occuper un poste situé aux "
         "environs de Madain et de procéder à l'arrestation de 20 insurgés.",
         {("Police Forces of Iraq", "COERCE", "Unidentified Armed Group (Iraq)", "Al-Mada'in")}),
        ("Les soldats ont occupé une position située près de Kidal.", set()),
        ("Les soldats ont occupé Kidal.", {("Malian Armed Forces", "CAPTURE", None, "Kidal")}),
        # whom the arrest names is its target
        ("Une opération de l'armée malienne a permis de procéder à l'arrestation de douze jihadistes "
         "près de Gao.",
         {("Malian Armed Forces", "COERCE", "Unidentified Armed Group (Mali)", "Gao")}),
        ("La police a procédé à l'arrestation de cinq personnes à Kaboul.",
         {("Police Forces of Afghanistan", "COERCE", "Civilians (Afghanistan)", "Kabul")}),
        ("Les services de sécurité ont procédé à plus de 2 500 arrestations depuis mars au Népal.",
         {("Police Forces of Nepal", "COERCE", "Civilians (Nepal)", "Nepal")}),
    ],
)  # fmt: skip
def test_arrests_in_an_operation(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite leader noun arrested again is the person whose arrest was told before
        ("Le ministre pakistanais de l'Intérieur a déclaré que Abou Salem al-Masri, présenté comme le "
         "numéro deux d'Al-Qaida, avait été arrêté samedi au Pakistan. Le haut responsable du réseau "
         "terroriste a été arrêté avec quatre autres militants dans la zone du Nord-Waziristan.",
         {("Pakistan", "COERCE", "Abou Salem al-Masri", "North Waziristan")}),
        # a group named in what the person is described as is not who is held
        ("Le ministre pakistanais de l'Intérieur a affirmé que Abou Karim al-Tunsi, considéré comme "
         "étant le numéro deux d'Al-Qaida avait été arrêté dimanche au Pakistan.",
         {("Pakistan", "COERCE", "Abou Karim al-Tunsi", "Pakistan")}),
        # the person named with the leader noun is the one held
        ("Le chef du réseau jihadiste, Abou Salem, a été arrêté avec quatre complices dans la région de "
         "Kidal.",
         {("Police Forces of Mali", "COERCE", "Abou Salem", "Kidal")}),
    ],
)  # fmt: skip
def test_arrest_told_again(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
