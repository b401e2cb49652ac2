"""Weekday names are data (the lexicons' ``weekdays``, Monday first): the date resolver numbers them
from there, and ``ckg_paragraphs`` reads the group of the pipeline's language, so no sentence
starts in the words after a weekday."""

from __future__ import annotations

import pytest

from conflictkg.knowledge.lexicon import load_lexicon, weekday_numbers
from conflictkg.nlp.dates import WEEKDAYS, resolve
from conflictkg.nlp.pipeline import load_pipeline


def test_weekday_numbers_come_from_both_lexicons() -> None:
    assert WEEKDAYS == weekday_numbers() == {
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    }  # fmt: skip
    assert load_lexicon("fr").group("weekdays") == frozenset(list(WEEKDAYS)[:7])


@pytest.mark.parametrize(
    ("expression", "lang", "expected"),
    [("jeudi", "fr", "2013-01-10"), ("Sunday", "en", "2013-01-13"), ("mardi", "fr", "2013-01-15")],
)
def test_a_weekday_is_the_last_such_day(expression: str, lang: str, expected: str) -> None:
    assert resolve(expression, "2013-01-15", lang) == (expected, "day")  # a Tuesday


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # after the weekday, no word may start a sentence, up to the next punctuation; and since round
        # 32 no token starts one right after a word ("des Nations | Unies"), weekday or not: "hier"
        # and another language's weekday hold the words after them too, as words
        (
            "fr",
            "Les rebelles ont repris jeudi Camp Bastion, puis Douentza.",
            ["rebelles", "ont", "repris", "jeudi", "Camp", "Bastion", ",", "Douentza", "."],
        ),
        (
            "en",
            "Rebels retook on Thursday Camp Bastion, then Douentza.",
            ["retook", "on", "Thursday", "Camp", "Bastion", ",", "Douentza", "."],
        ),
        (
            "fr",
            "Les rebelles ont repris hier Camp Bastion, puis Douentza.",
            ["rebelles", "ont", "repris", "hier", "Camp", "Bastion", ",", "Douentza", "."],
        ),
        (
            "en",
            "Rebels retook jeudi Camp Bastion, then Douentza.",
            ["retook", "jeudi", "Camp", "Bastion", ",", "Douentza", "."],
        ),
    ],
)
def test_no_sentence_starts_after_a_weekday(lang: str, text: str, held: list[str]) -> None:
    nlp = load_pipeline(lang)
    doc = nlp.get_pipe("ckg_paragraphs")(nlp.make_doc(text))
    assert [t.text for t in doc if t.is_sent_start is False] == held
