"""perf87: four shortcuts of the ingest path give what the longer forms they replace gave (on docs built
by hand: words, tags, arcs), so the output stays byte-identical."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import spacy
from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp import demonym_pairs, headlines
from conflictkg.nlp.dates import HISTORICAL_PERIODS
from conflictkg.nlp.demonym_pairs import demonym_pair
from conflictkg.nlp.doc_view import depth_in, depth_of
from conflictkg.nlp.events.dates import _names_a_period
from conflictkg.textkeys import norm

_VOCAB = spacy.blank("en").vocab  # with the English lexical attributes (``is_lower``)


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str] | None = None) -> Doc:
    pos = None
    if tags is not None:
        pos = ["PROPN" if t.startswith("NNP") else "NOUN" if t.startswith("NN") else "X" for t in tags]
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


# --- headlines._misread_past: the past forms read as a set, the word's own tests first -----------------


def _misread_past_before(tok: Token, past: dict[str, str]) -> bool:
    """The form before perf87 (``past.values()`` scanned at every word)."""
    before, after = tok.doc[tok.i - 1], headlines._after_adverbs(tok.doc, tok.i + 1)
    irregular = tok.lower_ in past.values() and tok.lower_ not in past and not tok.lower_.endswith("ed")
    return (
        irregular
        and tok.tag_ == headlines.SINGULAR_TAG
        and tok.is_lower
        and before.tag_ in headlines.NOUN_TAGS
        and after.tag_ in headlines.OBJECT_START_TAGS | headlines.OPEN_OBJECT_START_TAGS
        and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in headlines._sentence(tok))
    )


def test_misread_past_as_before() -> None:
    past = {"retake": "retook", "seize": "seized", "shoot": "shot"}
    forms = frozenset(past.values())
    # "The army retook areas in Homs .": "retook" misread as a singular noun, no verb in the sentence
    found = _doc(
        ["The", "army", "retook", "areas", "in", "Homs", "."],
        [1, 2, 2, 2, 3, 4, 2],
        ["det", "compound", "ROOT", "dobj", "prep", "pobj", "punct"],
        ["DT", "NN", "NN", "NNS", "IN", "NNP", "."],
    )
    # "Police shot protesters ... said": a verb in the sentence; "seized" ends in -ed; "shot" capitalised
    missed = _doc(
        ["Police", "shot", "protesters", "said", "seized", "Shot", "Homs", "."],
        [1, 3, 1, 3, 3, 3, 5, 3],
        ["compound", "nsubj", "dobj", "ROOT", "dobj", "dobj", "compound", "punct"],
        ["NN", "NN", "NNS", "VBD", "NN", "NN", "NNP", "."],
    )
    for doc in (found, missed):
        for tok in doc[1:-1]:
            assert headlines._misread_past(tok, past, forms) == _misread_past_before(tok, past)
    assert [t.text for t in found[1:-1] if headlines._misread_past(t, past, forms)] == ["retook"]
    assert not any(headlines._misread_past(t, past, forms) for t in missed[1:-1])


# --- doc_view.depth_of: the heads read once for the whole doc ------------------------------------------


def test_depth_of_the_doc_is_depth_in_each_sentence() -> None:
    doc = _doc(
        ["Gunmen", "attacked", "a", "convoy", "near", "the", "river", ".", "Two", "soldiers", "died", "."],
        [1, 1, 3, 1, 3, 6, 4, 1, 9, 10, 10, 10],
        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct", "nummod", "nsubj", "ROOT", "punct"],
    )
    depth = depth_of(doc)
    for sent in doc.sents:
        assert [depth(t) for t in sent] == [depth_in(sent)(t) for t in sent]
        assert sorted(sent, key=depth) == sorted(sent, key=depth_in(sent))
    assert [depth(t) for t in doc] == [1, 0, 2, 1, 2, 4, 3, 1, 2, 1, 0, 1]


# --- events.dates._names_a_period: the word's own modifiers, not a walk of its subtree ---------------


def _names_a_period_before(t: Token) -> bool:
    """The form before perf87 (the whole subtree walked, its direct modifiers kept)."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    name = [
        x
        for x in t.subtree
        if x.i == t.i or (x.dep_ in ("amod", "flat:name", "compound") and x.head.i == t.i)
    ]
    return norm(" ".join(x.text for x in name)) in HISTORICAL_PERIODS


def test_names_a_period_as_before() -> None:
    assert "cold war" in HISTORICAL_PERIODS and "world war ii" in HISTORICAL_PERIODS
    # "the Cold War ended after World War II in the old war zone": modifiers left and right, deeper words
    doc = _doc(
        ["the", "Cold", "War", "ended", "after", "World", "War", "II", "in", "the", "old", "war", "zone"],
        [2, 2, 3, 3, 3, 6, 4, 6, 3, 12, 11, 12, 8],
        ["det", "amod", "nsubj", "ROOT", "prep", "compound", "pobj", "compound", "prep", "det", "amod",
         "compound", "pobj"],
        ["DT", "NNP", "NNP", "VBD", "IN", "NNP", "NNP", "NNP", "IN", "DT", "JJ", "NN", "NN"],
    )  # fmt: skip
    got = [_names_a_period(t) for t in doc]
    assert got == [_names_a_period_before(t) for t in doc]
    assert [t.text for t, hit in zip(doc, got, strict=True) if hit] == ["War", "War"]


# --- demonym_pairs.demonym_pair: the pair ``t`` opens tried only when ``t`` can open one ---------------


def _demonym_pair_before(t: Token, kb: Any, lex: Any) -> Any:
    """The form before perf87 (``Token.sent`` built for every word)."""
    found = demonym_pairs._pair_ending(t, kb, lex)
    if found is None and t.i + 1 < t.sent.end:
        found = demonym_pairs._pair_ending(t.doc[t.i + 1], kb, lex)
    return found


class _KB:
    """Demonyms as a KB gives them: "South Sudanese" a state's, "Bosnian" a state's, "Serb" another's."""

    def __init__(self) -> None:
        state = "state"
        self.known = {
            "South Sudanese": SimpleNamespace(id="ssd", kind=state),
            "Bosnian": SimpleNamespace(id="bih", kind=state),
            "Serb": SimpleNamespace(id="srb", kind=state),
        }

    def resolve_demonym(self, text: str) -> Any:
        return self.known.get(text)


def test_demonym_pair_as_before() -> None:
    kb, lex = _KB(), load_lexicon("en")
    # "South Sudanese troops and Bosnian Serb forces clashed . Bosnian Serbs left ."
    doc = _doc(
        ["South", "Sudanese", "troops", "and", "Bosnian", "Serb", "forces", "clashed", ".",
         "Bosnian", "Serbs", "left", "."],
        [1, 2, 7, 2, 6, 6, 2, 7, 7, 10, 11, 11, 11],
        ["compound", "amod", "nsubj", "cc", "amod", "compound", "conj", "ROOT", "punct",
         "amod", "nsubj", "ROOT", "punct"],
        ["NNP", "JJ", "NNS", "CC", "JJ", "NNP", "NNS", "VBD", ".", "JJ", "NNPS", "VBD", "."],
    )  # fmt: skip

    def shown(found: Any) -> Any:
        return None if found is None else ([t.i for t in found[0]], found[1].id, found[2])

    got = [shown(demonym_pair(t, kb, lex)) for t in doc]
    assert got == [shown(_demonym_pair_before(t, kb, lex)) for t in doc]
    pairs = {t.text: g for t, g in zip(doc, got, strict=True) if g is not None}
    assert pairs["South"] == ([0, 1], "ssd", False) and pairs["Sudanese"] == ([0, 1], "ssd", False)
    assert pairs["Bosnian"] == pairs["Serb"] == ([4, 5], "bih", True)  # a state's people: a community
    assert set(pairs) == {"South", "Sudanese", "Bosnian", "Serb"}  # "Bosnian Serbs": no demonym "Serbs" here
    assert not demonym_pairs._opens_pair(doc[3]) and demonym_pairs._opens_pair(doc[4])
