"""The objects a violent verb's named victim is looked for in (events/named_roles.py), on parses
given by hand: a verb has one direct object, and a second is a noun the parser hung there."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from conflictkg.nlp.events.named_roles import _first_objects


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_second_direct_object_is_not_a_victim() -> None:
    # "shelling killed four civilians, the governor said", misparsed with the governor as an object
    words = ["shelling", "killed", "four", "civilians", ",", "the", "governor", "said"]
    heads = [1, 7, 3, 1, 1, 6, 1, 7]
    deps = ["nsubj", "ccomp", "nummod", "dobj", "punct", "det", "dobj", "ROOT"]
    doc = _doc(words, heads, deps)
    assert [t.text for t in _first_objects(doc[1])] == ["civilians"]


def test_object_and_passive_subject_are_both_kept() -> None:
    words = ["the", "lawyer", "was", "shot"]
    heads = [1, 3, 3, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT"]
    doc = _doc(words, heads, deps)
    assert [t.text for t in _first_objects(doc[3])] == ["lawyer"]
