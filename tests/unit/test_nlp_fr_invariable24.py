"""Nouns spelt alike in the singular and the plural keep their lemma (issue 14): the lemmatizer cut
'obus' to 'obu', so the lexicon's 'obus' entries never matched; exact lemmas and rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

from conflictkg.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Des obus sont tombés sur le marché.", "obus", "obus"),
        ("Un obus a frappé la mosquée.", "obus", "obus"),
        ("Le blocus du port dure depuis un mois.", "blocus", "blocus"),
        # an ordinary plural still loses its -s
        ("Des roquettes sont tombées sur le camp.", "roquettes", "roquette"),
    ],
)  # fmt: skip
def test_invariable_nouns_keep_their_lemma(text: str, word: str, lemma: str) -> None:
    doc = load_pipeline("fr")(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forces du régime ont utilisé des obus contre des civils à Homs.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("L'armée syrienne a tiré des obus sur Rastan.",
         {("Syrian Arab Army", "FIGHT", None, "Ar Rastan")}),
        ("Les rebelles ont tiré des obus contre une caserne de l'armée syrienne à Idleb.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Idlib")}),
    ],
)  # fmt: skip
def test_shells_fired(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
