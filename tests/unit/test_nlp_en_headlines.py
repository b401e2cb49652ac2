"""Headline-style notes (issue 14, ACLED Africa 2016): a present-tense verb the tagger reads as a noun
or an adjective ("forces clear X of Y", "forces dislodge X from Y", "clash with X, retake Y") is read
as a verb; exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import rows as rows_of

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.headlines import misread_verbs, past_forms
from conflictkg.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.nlp


def rows(text: str) -> set[Row]:
    return rows_of(text, "en", "2016-06-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigerian forces clear Bama and Gwoza of Boko Haram.",
            {
                ("Nigerian Armed Forces", "CAPTURE", None, "Bama"),
                ("Nigerian Armed Forces", "CAPTURE", None, "Gwoza"),
            },
        ),
        (
            "Nigerian troops dislodge Boko Haram from Ngoshe, killing several.",
            {
                ("Nigerian Armed Forces", "CAPTURE", "Boko Haram", "Ngoshe"),
                ("Nigerian Armed Forces", "FIGHT", None, None),
            },
        ),
        (
            "Malian soldiers retake Konna from Ansar Dine.",
            {("Malian Armed Forces", "CAPTURE", "Ansar Dine", "Konna")},
        ),
        # a noun stays a noun: "attack on", "clashes between"
        ("Boko Haram attack on Bama kills five.", {("Boko Haram", "FIGHT", None, "Bama")}),
    ],
)
def test_headline_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_only_the_norm_of_a_misread_verb_changes() -> None:
    nlp = load_pipeline("en")
    doc = nlp.make_doc("Military forces clear Bulagana of Boko Haram. The clear sky.")
    for name in ("tok2vec", "tagger"):
        doc = nlp.get_pipe(name)(doc)
    verbs = misread_verbs(doc, past_forms(load_lexicon("en").verb_lemmas(), {}), frozenset({","}))
    assert [(t.i, t.text) for t in verbs] == [(2, "clear")]


def test_past_forms_read_the_lemmatizer_exceptions_backwards() -> None:
    irregular = {"took": ["take"], "taken": ["take"], "taking": ["take"]}
    assert past_forms(["take", "clear", "seize", "deny"], irregular) == {
        "take": "took", "clear": "cleared", "seize": "seized", "deny": "denied",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # property a modifier or an owner makes someone's: a seizure (COERCE), no territory
        (
            "On 3 May 2020, in Hermosillo, Sonora, a group of armed men took control of a private "
            "factory and held its guards.",
            {("Unidentified Armed Group (Mexico)", "COERCE", None, "Hermosillo")},
        ),
        (
            "Gunmen seized a citizen's farm in Lahij, Yemen.",
            {("Unidentified Armed Group (Yemen)", "COERCE", None, "Laḩij")},
        ),
        # an object shared by coordinated verbs: "seized and destroyed a mine"
        (
            "Nigerian police seized and burned a truck in Kano.",
            {("Police Forces of Nigeria", "COERCE", None, "Kano")},
        ),
        # territory stays territory
        (
            "Rebels took control of the town of Konna.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Konna")},
        ),
        ("The Taliban seized a farm near Kunduz.", {("Taliban", "CAPTURE", None, "Kunduz")}),
    ],
)
def test_property_is_no_territory(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a plural subject, an object starting with a common noun ("torch village huts")
        (
            "Rebels torch village huts near Bunia.",
            {("Unidentified Armed Group (Democratic Republic of Congo)", "COERCE", None, "Bunia")},
        ),
        # a verb the parser made a modifier of the root noun ("fire rockets" as one noun phrase)
        (
            "Insurgents fire rockets at an army camp near Kandahar.",
            {
                (
                    "Unidentified Armed Group (Afghanistan)",
                    "FIGHT",
                    "Military Forces of Afghanistan",
                    "army camp near Kandahar",
                )
            },
        ),
        # a group noun as a plural subject; the root noun with an object is a verb
        (
            "Police fire tear gas at demonstrators in Rabat.",
            {
                ("Police Forces of Morocco", "COERCE", "Protesters (Morocco)", "Rabat"),
                ("Protesters (Morocco)", "PROTEST", None, "Rabat"),
            },
        ),
        (
            "Soldiers exchange fire with bandits near Gusau.",
            {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Gusau")},
        ),
        # after a plural subject, a preposition ("march in X"); a number names no actor
        (
            "Thousands march in Lilongwe against the new tax.",
            {("Protesters (Malawi)", "PROTEST", None, "Lilongwe")},
        ),
        # a verb-like word after a name stays a noun
        ("Boko Haram supply routes near Dikwa were cut.", set()),
    ],
)
def test_headline_verbs_with_common_noun_objects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
