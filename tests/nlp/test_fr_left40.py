"""French actors (issue 14), round 40: sentences of our own, as exact (actor, type, target, place)
rows; a few English ones where the rule is shared."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows
from unit._extract import rows as rows_of

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
LIBYA_NOW = "Military Forces of Libya"
LIBYA_OLD = "Military Forces of Libya (1969-2011)"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the army of a country whose KB forces are of a past period: the article's year chooses
        ("L'armée a bombardé Syrte.", "2012-10-16", {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        ("L'armée a bombardé Syrte.", "2010-05-03", {(LIBYA_OLD, "FIGHT", None, "Sirte")}),
        ("L'armée libyenne pilonne Misrata.", "2011-03-20", {(LIBYA_OLD, "FIGHT", None, "Misratah")}),
        ("Des soldats libyens ont attaqué un poste près de Syrte.", "2013-01-09",
         {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        # no date: the current forces
        ("L'armée a bombardé Syrte.", None, {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        # the actor's own name is that actor whatever the date
        ("Les forces de Kadhafi ont bombardé Misrata.", "2012-10-16",
         {(LIBYA_OLD, "FIGHT", None, "Misratah")}),
    ],
)  # fmt: skip
def test_forces_of_the_articles_time(text: str, published: str | None, expected: set[Row]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The army shelled Sirte on Monday.", "2012-02-01", {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        ("The Libyan army shelled Sirte.", "2010-11-30", {(LIBYA_OLD, "FIGHT", None, "Sirte")}),
        ("Libyan soldiers shelled Sirte.", None, {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
    ],
)  # fmt: skip
def test_forces_of_the_articles_time_en(text: str, published: str | None, expected: set[Row]) -> None:
    assert rows_of(text, "en", published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun agent is never the passive's own subject: with no actor told before, the agent is
        # unknown, as with no agent at all
        ("Deux soldats ont été tués par eux près de Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
        ("Quatre civils ont été blessés par eux à Homs.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Trois rebelles ont été capturés par eux près d'Alep.", set()),
        # the actor told before is the antecedent
        ("Le MNLA a attaqué un poste près de Kidal. Trois soldats maliens ont été tués par eux.",
         {("National Movement for the Liberation of Azawad", "FIGHT", None, "Kidal"),
          ("National Movement for the Liberation of Azawad", "FIGHT", "Malian Armed Forces", None)}),
    ],
)  # fmt: skip
def test_pronoun_agents(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed by them near Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        ("Three rebels were captured by them near Aleppo.", set()),
    ],
)  # fmt: skip
def test_pronoun_agents_en(text: str, expected: set[Row]) -> None:
    assert rows_of(text, "en", "2012-10-16") == expected
