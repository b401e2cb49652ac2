"""Victims told only by their number: "ISIS executes three in Raqqa", "the organization beheads 12
in Palmyra". A verb of putting people to death in custody (``counted_victim_verbs``: "execute",
"behead") whose object is a bare number names people held and killed, the civilians of the place's
country (placed with the event, as an unnamed patient is), where a number on a noun ("three
soldiers") names them and a verb of fighting ("killed three") tells no one's custody."""

from __future__ import annotations

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import OBJ

_NUMBER = "NUM"


def executed_counts(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The civilians of the article's country for a bare number an execution verb takes."""
    if (
        f.nominal
        or f.pred.type != "ASSAULT"
        or f.tok.lemma_.lower() not in st.lex.group("counted_victim_verbs")
    ):
        return None
    counted = [c for c in f.tok.children if c.dep_ in OBJ and c.pos_ == _NUMBER and c.i not in st.covered]
    if not counted or any(c.dep_ in ("prep", "compound") for c in counted[0].children):
        return None  # "executed three of its members": the 'of' phrase names them
    people = generic_id(st, "civilians", st.doc._.country)
    return (people, 0.5, None) if people != actor_id else None
