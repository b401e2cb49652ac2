"""Where a headline's event noun is when the headline drops the preposition: a place phrase set
beside it ("Renewed clashes Idlib countryside": in it), or the object of a verb of striking it is the
subject of (``blast_struck_verbs``) when that verb tells no event of its own ("A blast rocks
Binnish": at Binnish; "the arrest shocked Dakar" names no place). A name that is an
actor ("A blast rocks the SDF") is no place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ, case_of

PlaceOf = Callable[[DocState, Token], "dict[str, Any] | None"]


def bare_place(st: DocState, f: Frame, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place of nominal event ``f`` told with no preposition, or None."""
    tok = f.tok
    if not f.nominal:
        return None
    beside = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and case_of(c) is None]
    head = tok.head
    struck = head.lemma_.lower() in st.lex.group("blast_struck_verbs") and head.i not in st.frames
    if tok.dep_ in SUBJ and head.i != tok.i and struck:
        beside += [c for c in head.children if c.dep_ in OBJ]  # "an explosion rocks X"
    for c in beside:
        if c.i in st.covered:
            continue
        got = place_np(st, c)
        if got is not None:
            got["inferred"] = True
            return got
    return None
