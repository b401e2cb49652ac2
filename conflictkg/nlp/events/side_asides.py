"""What a "between X and Y" phrase names that is no side of the fight: where it happens ("between X
and Y in Aden, Yemen") and whom a named side is loyal to ("between Ahrar al-Sham and the gunmen
loyal to the regime": the regime is the gunmen's camp, no third side; round ucdp83b). A side named
only by its allegiance ("the forces loyal to Assad", no mention of its own) keeps the name it
serves, which is how its camp is read. Nor is a state that names its own forces ("between government
troops and Ahrar al-Sham": the government's troops are one side, the Syrian army; round roles84)."""

from __future__ import annotations

from typing import TYPE_CHECKING

_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_STATE = "state"

if TYPE_CHECKING:
    from spacy.tokens import Token

    from conflictkg.nlp.events.state import DocState


def side_asides(st: DocState, tok: Token) -> set[int]:
    """The indices of the words under ``tok`` (a "between" phrase's first side) that name no side."""
    places = st.lex.group("place_preps")
    out = {t.i for t in tok.subtree if _forces_state(st, t)}
    for p in tok.subtree:
        if p.dep_ == "prep" and p.lower_ in places:
            out |= {w.i for w in p.subtree}
        elif p.dep_ == "prep" and _served(st, p):
            out |= {w.i for w in p.subtree} - _other_side(tok, p)
    return out


def _other_side(tok: Token, prep: Token) -> set[int]:
    """ "between the gunmen loyal to the regime and the rebel factions": the parser makes the second
    side a conjunct of the camp served; when the first side has no conjunct of its own, it is the
    second side."""
    if any(c.dep_ == "conj" for c in tok.children):
        return set()
    return {w.i for o in prep.children for c in o.children if c.dep_ == "conj" for w in c.subtree}


def _served(st: DocState, prep: Token) -> bool:
    """The complement of an adjective ("loyal to X") of a noun some mention names ("the gunmen")."""
    adj = prep.head
    return adj.pos_ == "ADJ" and adj.dep_ == "amod" and adj.head.i in st.covered


def _forces_state(st: DocState, t: Token) -> bool:
    """A state's word ("government") modifying a noun that names that state's forces ("troops")."""
    m, head = st.covered.get(t.i), st.covered.get(t.head.i)
    if m is None or head is None or m is head or t.dep_ not in _MODIFIERS or m["kind"] != _STATE:
        return False
    own, forces = st.actors.get(m["actor"]) or {}, st.actors.get(head["actor"]) or {}
    return head["kind"] != _STATE and bool(own.get("country")) and own.get("country") == forces.get("country")
