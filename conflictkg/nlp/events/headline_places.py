"""Where a headline's event noun is when the headline drops the preposition: a place phrase set
beside it ("Renewed clashes Idlib countryside": in it), a place name modifying it ("Afrin battles",
"Idlib's bombing": there), or the object of a verb of striking it is the subject of
(``blast_struck_verbs``), whether or not that verb tells an event of its own ("A blast rocks
Binnish": at Binnish; "bombardment targeted Idlib countryside": there; "the arrest shocked Dakar"
names no place). A name that is an actor ("A blast rocks the SDF") is no place.

A town a headline names after its country's possessive when the parser hangs the phrase on a later
word: "Explosion in Syria's Jarablus kills, wounds several" (the object of "in" read as "kills",
"Jarablus" its compound). The capitalised name opening the object
right after the country's "'s" is the place, when it is no actor's; a place the object itself names
("in Syria's north") is read before this."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.held_sites import held_site_place
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, Frame
from conflictkg.nlp.events.struck_targets import PlaceOf, first_place, struck_place
from conflictkg.nlp.syntax import OBJ, SUBJ, case_of

MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def bare_place(st: DocState, f: Frame, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place of nominal event ``f`` told with no preposition, or None."""
    tok = f.tok
    got = struck_place(st, f, place_np)  # "40 killed by airstrikes targeted Idlib countryside"
    got = got or held_site_place(st, f, place_np)  # "cent détenus de la prison de Kidal"
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
    return first_place(st, beside, place_np)


def _possessor(c: Token) -> bool:
    return c.dep_ == "poss" and c.pos_ == "PROPN"


def country_owned_place(st: DocState, c: Token, place_np: PlaceOf) -> dict[str, Any] | None:
    """The name after a country's possessive inside the place phrase ``c`` the parser ended on another
    word, or None."""
    owner = next((p for p in c.children if p.dep_ == "poss" and p.i < c.i), None)
    m = st.covered.get(owner.i) if owner is not None else None
    if owner is None or m is None or m["kind"] != "state":
        return None  # "in the army's positions": no country
    case = st.doc[owner.i + 1] if owner.i + 1 < c.i else None
    name = st.doc[case.i + 1] if case is not None and case.dep_ == "case" else None
    if name is None or name.pos_ != "PROPN" or not name.is_title or name.i in st.covered:
        return None
    if name.head.i != c.i and name.head.head.i != c.i:
        return None  # a name of the phrase itself, hung on its head or on a word hung there
    return first_place(st, [name], place_np)
