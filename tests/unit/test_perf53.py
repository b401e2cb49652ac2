"""perf53: the token attributes read at once (nlp/doc_view.py) equal what spaCy's accessors give."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from conflictkg.nlp.doc_view import MAX_DEPTH, depth_in, head_indices


def _walk(doc: Doc, i: int) -> int:
    """The depth as the token accessors give it: steps up ``.head`` to the root."""
    tok, d = doc[i], 0
    while tok.head.i != tok.i and d < MAX_DEPTH:
        tok, d = tok.head, d + 1
    return d


def _doc() -> Doc:
    # two sentences: "Gunmen attacked a convoy near the river ." and "Two soldiers died ."
    words = ["Gunmen", "attacked", "a", "convoy", "near", "the", "river", ".", "Two", "soldiers", "died", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 1, 9, 10, 10, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"]
    deps += ["nummod", "nsubj", "ROOT", "punct"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_head_indices_are_the_heads() -> None:
    doc = _doc()
    assert head_indices(doc) == [t.head.i for t in doc]
    assert head_indices(doc) == [1, 1, 3, 1, 3, 6, 4, 1, 9, 10, 10, 10]


def test_depth_in_each_sentence() -> None:
    doc = _doc()
    got = {(t.text, depth_in(sent)(t)) for sent in doc.sents for t in sent}
    assert got == {
        ("Gunmen", 1), ("attacked", 0), ("a", 2), ("convoy", 1), ("near", 2), ("the", 4), ("river", 3),
        (".", 1), ("Two", 2), ("soldiers", 1), ("died", 0),
    }  # fmt: skip
    assert all(depth_in(s)(t) == _walk(doc, t.i) for s in doc.sents for t in s)


def test_depth_in_keeps_the_sort_of_the_walk() -> None:
    doc = _doc()
    for sent in doc.sents:
        assert sorted(sent, key=depth_in(sent)) == sorted(sent, key=lambda t: _walk(doc, t.i))


def test_a_lone_token_is_its_own_root() -> None:
    doc = Doc(Vocab(), words=["Ceasefire"], heads=[0], deps=["ROOT"])
    assert head_indices(doc) == [0]
    assert depth_in(doc[0:1])(doc[0]) == 0
