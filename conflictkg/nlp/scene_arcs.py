"""Scene verbs the parser still reads as a noun: in "Idlib witnesses renewed fighting" the tagger
reads "witnesses" as a plural noun, and after the headline re-tag makes it a verb the parser still
takes it for the subject of "renewed", the root, with "fighting" its object.

Run from ``ckg_headline_arcs`` (after the parser, before the attribute ruler): a misread headline
verb that is a scene verb (``scene_verbs``, read by nlp/events/scenes.py) made the subject of the
past participle right after it, which takes an object, is the clause's verb: the participle modifies
that object, which is the scene verb's, and the word before the scene verb is its subject (round
ucdp83b)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
MOVED_DEPS = frozenset({"prep", "punct"})  # what the participle passes on to the scene verb
VERB_TAG = "VBZ"


def scene_arcs(doc: Doc, misread: Iterable[int]) -> Doc:
    """Each misread scene verb (at the indices ``misread``) the parser made the subject of the
    participle after it made that clause's verb."""
    for i in misread:
        _rehang(doc[i])
    return doc


def _rehang(tok: Token) -> None:
    part = tok.head
    if tok.dep_ != "nsubj" or part.i != tok.i + 1 or part.tag_ not in PARTICIPLE_TAGS or tok.i == 0:
        return
    obj = next((c for c in part.children if c.dep_ in OBJECT_DEPS and c.i > part.i), None)
    if obj is None:
        return
    subject = tok.doc[tok.i - 1]
    moved = [c for c in part.children if c.dep_ in MOVED_DEPS and c.i > obj.i]
    if part.dep_ == "ROOT":
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = part.head, part.dep_
    tok.tag_, tok.pos_ = VERB_TAG, "VERB"
    obj.head, obj.dep_ = tok, "dobj"
    part.head, part.dep_, part.tag_ = obj, "amod", "VBN"
    for c in moved:
        c.head = tok
    if subject.head == tok:
        subject.dep_ = "nsubj"
