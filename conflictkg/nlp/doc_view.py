"""Token attributes of a parsed doc read at once into plain lists, for the hot loops that would
otherwise build a spaCy ``Token`` at every step (each ``.head``, ``.children`` or ``doc[i]`` makes a
new one). Read them only once the pipeline's components are done: they rewrite lemmas and arcs."""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Doc, Span, Token

MAX_DEPTH = 50  # a head chain longer than this (a parser's cycle) counts as this deep


def head_indices(doc: Doc) -> list[int]:
    """Every token's head index (spaCy stores the offset to it, as an unsigned number)."""
    offsets = doc.to_array("HEAD").astype(numpy.int64)  # -1 was stored as 2**64 - 1
    return (offsets + numpy.arange(len(doc), dtype=numpy.int64)).tolist()  # type: ignore[no-any-return]


def depth_in(sent: Span) -> Callable[[Token], int]:
    """The sort key of the tokens of ``sent`` by their depth in the tree (steps up to the root, at
    most MAX_DEPTH), the heads read once."""
    return depth_of(sent.doc)


def depth_of(doc: Doc) -> Callable[[Token], int]:
    """:func:`depth_in` for every sentence of ``doc``: the heads read once for the whole doc (while
    no arc of it changes)."""
    heads = head_indices(doc)

    def depth(t: Token) -> int:
        d, j = 0, t.i
        while d < MAX_DEPTH and heads[j] != j:
            j = heads[j]
            d += 1
        return d

    return depth
