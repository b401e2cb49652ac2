"""What a "between X and Y" phrase names that is no side of the fight: where it happens ("between X
and Y in Aden, Yemen") and whom a named side is loyal to ("between Ahrar al-Sham and the gunmen
loyal to the regime": the regime is the gunmen's camp, no third side; round ucdp83b). A side named
only by its allegiance ("the forces loyal to Assad", no mention of its own) keeps the name it
serves, which is how its camp is read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from conflictkg.nlp.events.state import DocState


def side_asides(st: DocState, tok: Token) -> set[int]:
    """The indices of the words under ``tok`` (a "between" phrase's first side) that name no side."""
    places = st.lex.group("place_preps")
    return {
        w.i
        for p in tok.subtree
        if p.dep_ == "prep" and (p.lower_ in places or _served(st, p))
        for w in p.subtree
    }


def _served(st: DocState, prep: Token) -> bool:
    """The complement of an adjective ("loyal to X") of a noun some mention names ("the gunmen")."""
    adj = prep.head
    return adj.pos_ == "ADJ" and adj.dep_ == "amod" and adj.head.i in st.covered
