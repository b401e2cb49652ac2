"""Coordinated parties each act, and each is hit: a second subject the French parser hangs on the verb
after "et" is the first one's conjunct (nlp/split_subjects.py), and names coordinated inside a group
noun's modifier ("X and Y fighters") are parties of their own as subjects, passive agents and targets
(nlp/events/name_modifiers.py). Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows, rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA, ANSAR = "National Movement for the Liberation of Azawad", "Ansar Dine"
SHABAAB, IS = "Al-Shabaab", "Islamic State"
MUJAO = "Movement for Unity and Jihad in West Africa"
MALI, POLICE, SNA = "Malian Armed Forces", "Police Forces of Somalia", "Somali National Army"
US, IRAQ = "Military Forces of the United States", "Iraqi Security Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Mujao et Ansar Dine ont pris Kidal.",
         {(MUJAO, "CAPTURE", None, "Kidal"), (ANSAR, "CAPTURE", None, "Kidal")}),
        ("Les soldats maliens ont été attaqués par le MNLA et Ansar Dine près de Tessalit.",
         {(MNLA, "FIGHT", MALI, "Tessalit"), (ANSAR, "FIGHT", MALI, "Tessalit")}),
        # two parties fighting each other stay each other's targets
        ("Le MNLA et Ansar Dine se sont affrontés lundi à Tessalit.",
         {(MNLA, "FIGHT", ANSAR, "Tessalit"), (ANSAR, "FIGHT", MNLA, "Tessalit")}),
    ],
)  # fmt: skip
def test_french_parties_each_act(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab and ISIS fighters stormed a police station in Bosaso on Monday.",
         {(SHABAAB, "FIGHT", POLICE, "Bosaso"), (IS, "FIGHT", POLICE, "Bosaso")}),
        ("Police officers were attacked by Al-Shabaab and ISIS militants near Bosaso.",
         {(SHABAAB, "FIGHT", POLICE, "Bosaso"), (IS, "FIGHT", POLICE, "Bosaso")}),
        ("Somali troops attacked Al-Shabaab and ISIS fighters near Bosaso on Monday.",
         {(SNA, "FIGHT", SHABAAB, "Bosaso"), (SNA, "FIGHT", IS, "Bosaso")}),
        ("The MNLA and Ansar Dine seized Gao on Saturday.",
         {(MNLA, "CAPTURE", None, "Gao"), (ANSAR, "CAPTURE", None, "Gao")}),
        ("US and Iraqi forces attacked ISIS near Mosul on Sunday.",
         {(US, "FIGHT", IS, "Mosul"), (IRAQ, "FIGHT", IS, "Mosul")}),
    ],
)  # fmt: skip
def test_english_parties_each_act(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", "2020-05-01") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # one group noun, one name: one party
        ("ISIS fighters attacked a checkpoint near Mosul on Sunday.", "en",
         {(IS, "FIGHT", IRAQ, "Mosul")}),
        # one subject, no coordinator: no second party
        ("Les combattants d'Ansar Dine ont pris Gao samedi.", "fr", {(ANSAR, "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_single_parties_stay_single(text: str, lang: str, expected: set[Row]) -> None:
    assert rows(text, lang, "2020-05-01" if lang == "en" else "2012-10-16") == expected


def _split(words: list[str], heads: list[int], deps: list[str]) -> list[tuple[str, str, str]]:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from conflictkg.nlp.split_subjects import split_subjects

    pos = ["PROPN" if w[0].isupper() and i else "X" for i, w in enumerate(words)]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    split_subjects(doc)
    return [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ in ("nsubj", "conj")]


def test_split_subjects_rewires_one_coordinator_only() -> None:
    """The second subject after "et" becomes the first one's conjunct; after "ainsi que" (a coordinator
    of several words, a party added in passing) and with no coordinator, the parse is left alone."""
    verb = ["ont", "salué", "la", "trêve"]
    tail_deps = ["aux:tense", "ROOT", "det", "obj"]
    words = ["Le", "MNLA", "et", "le", "Mujao", *verb]
    heads = [1, 6, 4, 4, 6, 6, 6, 8, 6]
    deps = ["det", "nsubj", "cc", "det", "nsubj", *tail_deps]
    assert _split(words, heads, deps) == [("MNLA", "nsubj", "salué"), ("Mujao", "conj", "MNLA")]
    words = ["Le", "MNLA", "ainsi", "que", "le", "Mujao", *verb]
    heads = [1, 7, 5, 2, 5, 7, 7, 7, 9, 7]
    deps = ["det", "nsubj", "cc", "fixed", "det", "nsubj", *tail_deps]
    assert _split(words, heads, deps) == [("MNLA", "nsubj", "salué"), ("Mujao", "nsubj", "salué")]
    words = ["Le", "MNLA", ",", "le", "Mujao", *verb]
    heads = [1, 6, 4, 4, 6, 6, 6, 8, 6]
    deps = ["det", "nsubj", "punct", "det", "nsubj", *tail_deps]
    assert _split(words, heads, deps) == [("MNLA", "nsubj", "salué"), ("Mujao", "nsubj", "salué")]
