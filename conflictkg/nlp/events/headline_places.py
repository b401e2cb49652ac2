"""Where a headline's event noun is when the headline drops the preposition: a place phrase set
beside it ("Renewed clashes Idlib countryside": in it), a place name modifying it ("Afrin battles",
"Idlib's bombing": there), or the object of a verb of striking it is the subject of
(``blast_struck_verbs``), whether or not that verb tells an event of its own ("A blast rocks
Binnish": at Binnish; "bombardment targeted Idlib countryside": there; "the arrest shocked Dakar"
names no place). A name that is an actor ("A blast rocks the SDF") is no place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import PLACE_ENTS, DocState, Frame
from conflictkg.nlp.events.struck_targets import struck_place
from conflictkg.nlp.syntax import OBJ, SUBJ, case_of

MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
PlaceOf = Callable[[DocState, Token], "dict[str, Any] | None"]


def bare_place(st: DocState, f: Frame, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place of nominal event ``f`` told with no preposition, or None."""
    tok = f.tok
    got = struck_place(st, f, place_np)  # "30 killed by airstrikes targeted Raqqa countryside"
    if got is not None or not f.nominal:
        return got
    beside = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and case_of(c) is None]
    head = tok.head
    struck = head.lemma_.lower() in st.lex.group("blast_struck_verbs")  # "Shells target X", a frame too
    if tok.dep_ in SUBJ and head.i != tok.i and struck:
        beside += [c for c in head.children if c.dep_ in OBJ]  # "an explosion rocks X"
    # "Afrin battles", "Idlib's bombing": a name modifying the event noun (an actor's is covered)
    named = [
        c for c in tok.children
        if c.i < tok.i and c.dep_ in MODIFIER_DEPS and (c.ent_type_ in PLACE_ENTS or _possessor(c))
    ]  # fmt: skip
    beside += named[-1:]  # a place entity or a name's possessive ("Grenade explosion": the weapon)
    for c in beside:
        if c.i in st.covered:
            continue
        got = place_np(st, c)
        if got is not None:
            got["inferred"] = True
            return got
    return None


def _possessor(c: Token) -> bool:
    return c.dep_ == "poss" and c.pos_ == "PROPN"
