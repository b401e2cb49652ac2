"""French real news (issue 14), round frreal82, in sentences of our own (Wikinews register), each rule
with a near sentence it must leave alone:

- a past story: an event dated by a year alone and told in a past-of-the-past tense ("une attaque en
  1995, où un homme avait blessé sa femme") is background, even in an undated article, and never the
  attack a later claim names (nlp/events/dates.without_past_stories);
- a protest verb in the infinitive of purpose of the same crowd's protest ("ont manifesté à Nairobi
  pour protester contre X") is that one protest, not a second (nlp/events/protest_motives.py);
- a crowd that attacks a state's mission ("s'en sont pris à l'ambassade du Pakistan") riots against
  that state; armed men attacking it still hit no party (nlp/events/repression._rioting,
  nlp/events/mission_riots.py);
- a rejected document's findings ("a refusé d'entériner les conclusions du rapport rédigé par X") are
  aimed at its author (``finding_nouns``, ``topic_nouns``; nlp/events/document_authors.py)."""

from __future__ import annotations

import pytest
from unit._extract import facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_AFG = "Unidentified Armed Group (Afghanistan)"

ESCAPED = "Le ministre afghan de l'Intérieur a échappé mercredi à une attaque à la bombe à Kaboul. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier attempt told as a past story: no event, and the claim is today's attack's
        (
            ESCAPED + "En 1995 déjà, un homme armé d'un couteau avait blessé sa femme dans leur maison. "
            "Les talibans ont revendiqué l'attaque jeudi.",
            {("Taliban", "ASSAULT", "Afghanistan", "Kabul")},
        ),
        (
            ESCAPED + "En 1995 déjà, un homme armé d'un couteau avait blessé sa femme dans leur maison.",
            {(UAG_AFG, "ASSAULT", "Afghanistan", "Kabul")},
        ),
        # negative: a year with the passé composé is news told with its year: it stays
        (
            ESCAPED + "En 1995, un homme armé d'un couteau a blessé sa femme à Kaboul.",
            {
                (UAG_AFG, "ASSAULT", "Afghanistan", "Kabul"),
                (UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul"),
            },
        ),
    ],
)
def test_past_story(text: str, expected: set[Row]) -> None:
    assert rows(text, None) == expected


def test_dated_pluperfect_stays() -> None:
    """Negative: a pluperfect told with its day ("le 3 octobre") is recent news, not a past story."""
    text = "Le 3 octobre, des hommes armés avaient tué trois soldats maliens à Gao."
    assert rows(text) == {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one protest, aimed at what its purpose names
        (
            "Samedi, des milliers de personnes ont manifesté à Nairobi pour protester contre le "
            "gouvernement.",
            {("Protesters (Kenya)", "PROTEST", "Kenya", "Nairobi")},
        ),
        # negative: the purpose of an act that is no protest verb stays the protest
        (
            "Dimanche, des commerçants ont fermé leurs boutiques à Kano pour protester contre le "
            "gouvernement.",
            {("Protesters (Nigeria)", "PROTEST", "Nigeria", "Kano")},
        ),
    ],
)
def test_purpose_protest(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
    assert len(facts(text, "fr").events) == 1


def test_purpose_protest_other_sentence() -> None:
    """Negative: a protest verb in a sentence of its own is no purpose clause: two events."""
    text = (
        "Samedi, des milliers de personnes ont manifesté à Nairobi. "
        "Elles entendaient protester contre le gouvernement."
    )
    assert len(facts(text, "fr").events) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd attacking a foreign state's embassy riots against that state
        (
            "Samedi, à Dacca, des centaines de manifestants s'en sont pris à l'ambassade du Pakistan en "
            "jetant des pierres.",
            {("Rioters (Bangladesh)", "PROTEST", "Pakistan", "Dhaka")},
        ),
        # negative: armed men attacking it hit a building, no party
        (
            "Samedi, à Kaboul, des hommes armés s'en sont pris à l'ambassade du Pakistan.",
            {(UAG_AFG, "FIGHT", None, "Kabul")},
        ),
        # the protest held before the embassy, as before
        (
            "Samedi, des milliers de manifestants se sont réunis devant l'ambassade du Pakistan à Dacca.",
            {("Protesters (Bangladesh)", "PROTEST", "Pakistan", "Dhaka")},
        ),
    ],
)
def test_mission_riot(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the findings of a report rejected through an infinitive: its author, the participle's agent
        (
            "Le gouvernement malien a refusé d'entériner les conclusions du rapport rédigé par les experts "
            "de l'ONU.",
            {("Mali", "REJECT", "United Nations", None)},
        ),
        # a text presented by a party, rejected: that party
        (
            "Le gouvernement malien a rejeté le texte présenté par la Cédéao.",
            {("Mali", "REJECT", "ECOWAS", None)},
        ),
        # negative: a report with no author named names no one
        ("Le gouvernement malien a rejeté le rapport.", {("Mali", "REJECT", None, None)}),
    ],
)
def test_document_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
