"""French round 42 (frint42): deployments announced or promised (placed where the forces go),
observers sent as troops are, the unnamed side of talks (of the country the article names besides
the talker's; the place of talks a venue), an alliance named alone (a political body unless the
text calls it armed) and threats placed where the act threatened would be, in wire sentences of our
own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
REBELS_MALI = "Unidentified Armed Group (Mali)"
REBELS_SYRIA = "Unidentified Armed Group (Syria)"
BODY = "Military Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # observers sent or dispatched are deployed as troops are, in the past and the near future
        ("L'ONU a dépêché des observateurs en Syrie.", {("United Nations", "MOBILIZE", None, "Syria")}),
        ("L'ONU va envoyer des observateurs au Mali.", {("United Nations", "MOBILIZE", None, "Mali")}),
        ("L'ONU va envoyer 300 observateurs en Syrie.", {("United Nations", "MOBILIZE", None, "Syria")}),
        ("Le Tchad a dépêché 2000 soldats au Niger.", {("Chad", "MOBILIZE", None, "Niger")}),
        ("La Cédéao va envoyer 3300 soldats au Mali.", {("ECOWAS", "MOBILIZE", None, "Mali")}),
        # aid sent stays a promise to its receiver
        ("Les États-Unis vont envoyer une aide humanitaire au Mali.",
         {("United States", "AGREE", "Mali", None)}),
    ],
)  # fmt: skip
def test_deployments_announced(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    ["L'ONU va envoyer 300 observateurs en Syrie.", "L'Union africaine va déployer une force au Mali."],
)
def test_announced_deployment_is_hypothetical(text: str) -> None:
    assert {e.modality for e in facts(text, "fr", "2012-10-16").events} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promised deployment: the promise, placed where the forces are to go, the forces no party
        ("Paris a promis d'envoyer des soldats au Mali.", {("France", "AGREE", None, "Mali")}),
        ("Le Tchad a promis de déployer 2000 hommes au Niger.", {("Chad", "AGREE", None, "Niger")}),
        ("La France a promis de déployer des troupes au Mali.", {("France", "AGREE", None, "Mali")}),
        ("Le Nigeria s'est engagé à envoyer 600 soldats au Mali.", {("Nigeria", "AGREE", None, "Mali")}),
        ("L'ONU a promis d'envoyer des observateurs en Syrie.", {("United Nations", "AGREE", None, "Syria")}),
        # a promised withdrawal keeps the place left
        ("La Syrie a promis de retirer ses troupes du Liban.", {("Syria", "AGREE", None, "Lebanon")}),
    ],
)  # fmt: skip
def test_promised_deployments(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a foreign state talks with is of the country the article names besides the talker's
        ("Les combats continuent en Syrie. La Russie va négocier avec les rebelles à Moscou.",
         {("Russia", "AGREE", REBELS_SYRIA, "Moscow")}),
        ("MOSCOU - La Russie va négocier avec les rebelles, a annoncé le Kremlin. "
         "Les combats continuent en Syrie.", {("Russia", "AGREE", REBELS_SYRIA, None)}),
        ("Les combats continuent dans le nord du Mali. L'Algérie a discuté avec les rebelles.",
         {("Algeria", "CONSULT", REBELS_MALI, None)}),
        ("Les combats continuent dans le nord du Mali. Le Burkina Faso a négocié avec les rebelles "
         "à Ouagadougou.", {("Burkina Faso", "CONSULT", REBELS_MALI, "Ouagadougou")}),
        # the group's own demonym holds wherever the talks are held
        ("Le ministre russe des Affaires étrangères va négocier avec les rebelles syriens à Genève.",
         {("Russia", "AGREE", REBELS_SYRIA, "Geneva")}),
        # with no other country named, a state talks with its own rebels
        ("Le Mali va négocier avec les rebelles touareg.", {("Mali", "AGREE", REBELS_MALI, None)}),
        # talking about something is no talk with anyone
        ("Le gouvernement malien a discuté de la crise.", set()),
    ],
)  # fmt: skip
def test_talk_partners(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alliance named alone is a political body: its appeal or its condemnation names no forces
        ("L'alliance a appelé au calme.", set()),
        ("Les combats continuent au Mali. L'alliance a appelé au calme.", set()),
        ("L'alliance a condamné l'attaque contre les civils.", set()),
        # called armed by what it does or by an armed word, it is the body's forces
        ("L'alliance a abattu deux combattants talibans près de Kandahar.",
         {(BODY, "FIGHT", "Taliban", "Kandahār")}),
        ("L'alliance militaire a bombardé un village près de Kandahar.", {(BODY, "FIGHT", None, "Kandahār")}),
        # a coalition alone stays the forces of the body
        ("La coalition a appelé au calme.", {(BODY, "REQUEST", None, None)}),
    ],
)  # fmt: skip
def test_alliance_alone(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat is placed where the act it threatens would be; the threatener is its actor
        ("Les rebelles menacent de prendre Gao.", {(REBELS_MALI, "THREATEN", None, "Gao")}),
        ("Les rebelles ont menacé d'attaquer Gao.", {(REBELS_MALI, "THREATEN", None, "Gao")}),
        ("Les rebelles ont averti qu'ils attaqueraient Gao.", {(REBELS_MALI, "THREATEN", None, "Gao")}),
        ("L'armée malienne a averti qu'elle frapperait les islamistes à Gao.",
         {("Malian Armed Forces", "THREATEN", REBELS_MALI, "Gao")}),
        ("Les combats continuent au Mali. L'armée a averti qu'elle frapperait les rebelles.",
         {("Malian Armed Forces", "THREATEN", REBELS_MALI, None)}),
        # the clause of what is threatened, misread as a relative on the one warned, is no act of its own
        ("La Turquie a averti la Syrie qu'elle riposterait.", {("Turkey", "THREATEN", "Syria", None)}),
        # a state completing a region's noun names where, not who is threatened
        ("Les rebelles ont menacé d'attaquer des villages dans le nord du Mali.",
         {(REBELS_MALI, "THREATEN", None, "Mali")}),
        ("Les rebelles ont menacé d'attaquer l'armée dans le nord du Mali.",
         {(REBELS_MALI, "THREATEN", "Malian Armed Forces", "Mali")}),
    ],
)  # fmt: skip
def test_threats_placed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
