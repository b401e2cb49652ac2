"""French constructions that gave nothing (issue 14), round 41: sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA = "National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense transitive verb whose object the parser hung on it as a modifier, a
        # complement or punctuation: the object is its target, or its place when it is a town
        ("L'Iran arme le régime syrien.", {("Iran", "AID", "Syria", None)}),
        ("L'Iran finance le régime syrien.", {("Iran", "AID", "Syria", None)}),
        ("Le Hezbollah menace Israël.", {("Hezbollah", "THREATEN", "Israel", None)}),
        ("Le MNLA attaque Kidal.", {(MNLA, "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_present_verb_object(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present -er verb the tagger read as a noun before a capitalised name it took for no name,
        # or as a lower-case name, after an acronym subject: a verb all the same
        ("Le MNLA attaque Gao.", {(MNLA, "FIGHT", None, "Gao")}),
        ("Le MNLA bombarde Kidal.", {(MNLA, "FIGHT", None, "Kidal")}),
        ("Le MNLA pilonne Gao.", {(MNLA, "FIGHT", None, "Gao")}),
        ("Ansar Dine attaque Konna.", {("Ansar Dine", "FIGHT", None, "Konna")}),
        # a noun after an article stays a noun
        ("L'attaque a surpris les habitants de Gao.", set()),
    ],
)  # fmt: skip
def test_present_verb_after_acronym(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-word name the parser read as a noun phrase with the verb and its object inside it
        ("Boko Haram menace le Nigeria.", {("Boko Haram", "THREATEN", "Nigeria", None)}),
        ("Boko Haram menace le Cameroun.", {("Boko Haram", "THREATEN", "Cameroon", None)}),
        ("Boko Haram attaque Maiduguri.", {("Boko Haram", "FIGHT", None, "Maiduguri")}),
    ],
)  # fmt: skip
def test_present_verb_after_two_word_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
