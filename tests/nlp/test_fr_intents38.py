"""French round 38: commitments, readiness, threats, demands, refusals, aid, sanctions and
consultations (issue 14; the French side of round 37's nlp/events/intents.py), in wire sentences of
our own, as exact (actor, type, target, place) rows; modality where it is what the rule decides."""

from __future__ import annotations

import pytest
from unit._extract import events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
REBELS_MALI = "Unidentified Armed Group (Mali)"
SYRIAN_OPPOSITION = "Opposition (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promise of aid, its receiver hung by the parser on the amount
        ("Le Japon a promis une aide de 50 millions de dollars au Mali.", {("Japan", "AGREE", "Mali", None)}),
        # "s'engager à" + infinitive: the promise, not the act; one's own troops are no target
        ("La France s'est engagée à retirer ses troupes d'Afghanistan.",
         {("France", "AGREE", None, "Afghanistan")}),
        ("L'Allemagne s'est engagée à fournir des armes à l'armée malienne.",
         {("Germany", "AGREE", "Malian Armed Forces", None)}),
        ("Le Tchad s'est engagé à coopérer avec le Niger.", {("Chad", "AGREE", "Niger", None)}),
        # "s'engager dans" a fight: no promise
        ("Le Tchad s'est engagé dans les combats au nord du Mali.", {("Chad", "FIGHT", None, "Mali")}),
        # readiness to negotiate, to meet, to talk: a promise
        ("Le gouvernement malien se dit prêt à négocier avec les rebelles touareg.",
         {("Mali", "AGREE", REBELS_MALI, None)}),
        ("Le président soudanais s'est déclaré prêt à rencontrer son homologue sud-soudanais.",
         {("Sudan", "AGREE", "South Sudan", None)}),
        ("Les rebelles se disent prêts à dialoguer avec Bamako.", {(REBELS_MALI, "AGREE", "Mali", None)}),
        # a participle of readiness the parser reads as a verb ("disposer")
        ("Les rebelles se disent disposés à dialoguer avec Bamako.", {(REBELS_MALI, "AGREE", "Mali", None)}),
        ("Le Niger est disposé à coopérer avec le Mali.", {("Niger", "AGREE", "Mali", None)}),
    ],
)  # fmt: skip
def test_promises_and_readiness(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Turquie a menacé de frapper la Syrie si les tirs continuaient.",
         {("Turkey", "THREATEN", "Syria", None)}),
        ("L'Iran a menacé Israël de représailles.", {("Iran", "THREATEN", "Israel", None)}),
        ("Le Conseil de sécurité a lancé un ultimatum aux rebelles du M23.",
         {("UN Security Council", "THREATEN", "M23", None)}),
        ("La CEDEAO a adressé un ultimatum à la junte malienne.", {("ECOWAS", "THREATEN", "Mali", None)}),
        ("La Russie a menacé de rompre ses relations avec la Géorgie.",
         {("Russia", "THREATEN", "Georgia", None)}),
    ],
)  # fmt: skip
def test_threats_and_ultimatums(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les États-Unis ont exigé le retrait des troupes syriennes du Liban.",
         {("United States", "REQUEST", "Syrian Arab Army", None)}),
        ("L'ONU a appelé le gouvernement syrien à cesser les bombardements.",
         {("United Nations", "REQUEST", "Syria", None)}),
        ("Washington a appelé Damas à libérer les prisonniers politiques.",
         {("United States", "REQUEST", "Syria", None)}),
        # what another's words say someone must ("devoir") do: the speaker's demand of them
        ("Le ministre français a déclaré que le régime syrien devait libérer les prisonniers.",
         {("France", "REQUEST", "Syria", None)}),
    ],
)  # fmt: skip
def test_demands(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_obligation_nobody_states_stays_the_act() -> None:
    assert events("Le Mali doit négocier avec les rebelles.", "fr") == {
        ("Mali", "CONSULT", REBELS_MALI, "hypothetical")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le gouvernement malien a rejeté la proposition de la CEDEAO.",
         {("Mali", "REJECT", "ECOWAS", None)}),
        # a cooperative act refused: the refusal, of whom the act was with, told once
        ("Les rebelles touareg ont refusé de négocier avec le gouvernement malien.",
         {(REBELS_MALI, "REJECT", "Mali", None)}),
        ("La Chine a rejeté le projet de résolution.", {("China", "REJECT", None, None)}),
    ],
)  # fmt: skip
def test_refusals(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_accusation_refused_is_not_made() -> None:
    assert events("La Russie a refusé de condamner le régime syrien.", "fr") == {
        ("Russia", "ACCUSE", "Syria", "denied"),
        ("Russia", "REJECT", None, "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Union européenne a fourni une aide humanitaire au Niger.",
         {("European Union", "AID", "Niger", None)}),
        ("Le Japon a accordé un prêt de 30 millions de dollars au Mali.", {("Japan", "AID", "Mali", None)}),
        ("Le Japon a débloqué une aide d'urgence pour la Syrie.", {("Japan", "AID", "Syria", None)}),
        ("L'Arabie saoudite a accordé une aide financière à l'opposition syrienne.",
         {("Saudi Arabia", "AID", SYRIAN_OPPOSITION, None)}),
        ("Le Qatar a annoncé une aide de 100 millions de dollars à l'opposition syrienne.",
         {("Qatar", "AID", SYRIAN_OPPOSITION, None)}),
    ],
)  # fmt: skip
def test_aid(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Union européenne a imposé des sanctions à la Syrie.",
         {("European Union", "SANCTION", "Syria", None)}),
        ("Le Canada a rompu ses relations diplomatiques avec l'Iran.",
         {("Canada", "SANCTION", "Iran", None)}),
        ("Les États-Unis ont gelé les avoirs de plusieurs dirigeants libyens.",
         {("United States", "SANCTION", "Libya", None)}),
        # an embargo on arms, its target hung by the parser on the arms
        ("La Ligue arabe a décrété un embargo sur les armes contre la Syrie.",
         {("Arab League", "SANCTION", "Syria", None)}),
        ("L'ONU a imposé un embargo sur les armes à la Libye.",
         {("United Nations", "SANCTION", "Libya", None)}),
        ("La Tunisie a expulsé l'ambassadeur syrien.", {("Tunisia", "SANCTION", "Syria", None)}),
        ("La France a rappelé son ambassadeur en Syrie.", {("France", "SANCTION", "Syria", "Syria")}),
    ],
)  # fmt: skip
def test_sanctions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "son homologue tchadien": the counterpart is the demonym's, not the possessor's
        ("Le président soudanais s'est entretenu avec son homologue tchadien.",
         {("Sudan", "CONSULT", "Chad", None)}),
        ("Le président afghan a reçu son homologue pakistanais à Kaboul.",
         {("Afghanistan", "CONSULT", "Pakistan", "Kabul")}),
        ("Le ministre malien des Affaires étrangères s'est entretenu avec le président ivoirien.",
         {("Mali", "CONSULT", "Ivory Coast", None)}),
    ],
)  # fmt: skip
def test_consultations(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_cancelled_meeting_is_denied_a_postponed_one_hypothetical() -> None:
    assert events("Le Mali a annulé sa rencontre avec la CEDEAO.", "fr") == {
        ("Mali", "CONSULT", "ECOWAS", "denied")
    }
    assert events("Le Soudan a reporté sa rencontre avec le Soudan du Sud.", "fr") == {
        ("Sudan", "CONSULT", "South Sudan", "hypothetical")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre estime que la situation au Mali reste préoccupante.",
        "Selon un rapport de l'ONU, la Syrie manque de médicaments.",
        "La France juge que les sanctions contre l'Iran sont efficaces.",
    ],
)
def test_an_opinion_or_a_report_is_no_event(text: str) -> None:
    assert rows(text) == set()


def test_an_attack_keeps_the_complements_of_its_object() -> None:
    assert rows("L'armée a attaqué un convoi de camions à Gao.") == {
        ("Malian Armed Forces", "FIGHT", None, "Gao")
    }


def test_readiness_to_attack_stays_the_attack_not_yet_made() -> None:
    assert events("Les rebelles sont déterminés à attaquer Gao.", "fr") == {
        (REBELS_MALI, "FIGHT", None, "hypothetical")
    }
