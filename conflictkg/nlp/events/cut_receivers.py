"""Whom a sanction cuts off when its verb names no receiver (PLOVER SANCTION, CAMEO 16).

- The receiver named on what is cut: the sanction verb's own receiver prepositions ("to", "for")
  on its object, its passive subject or the 'of' complement of a portion of it ("suspended part of
  a military aid programme for X", "aid to X was halted", "would prohibit all aid to X").
- Help cut where it was delivered: a relief cut (relief_nouns) whose verb or object places the help
  in a named place ("suspended food deliveries in X") cuts off the civilians of the article's
  country, never the place itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.relief_cuts import cut_heads, relief_cut
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import prep_args

_PLACE_ENTS = frozenset({"GPE", "LOC"})


def cut_receiver(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    if f.pred.type != "SANCTION" or f.nominal:
        return None
    return _named_receiver(st, f, actor_id) or _people_where_delivered(st, f, actor_id)


def _named_receiver(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    preps = set(f.pred.target) - {"obj"}
    for head in cut_heads(st, f.tok):
        for prep, c in prep_args(head):
            got = np_actor(st, c) if prep in preps and c.pos_ in ("NOUN", "PROPN") else None
            if got is not None and got[0] != actor_id:
                return got
    return None


def _placed(st: DocState, tok: Token) -> bool:
    locative = st.lex.group("place_preps")
    return any(prep in locative and c.ent_type_ in _PLACE_ENTS for prep, c in prep_args(tok))


def _people_where_delivered(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    if not relief_cut(st, f) or not st.doc._.country:
        return None
    if not any(_placed(st, t) for t in (f.tok, *cut_heads(st, f.tok))):
        return None
    people = generic_id(st, "civilians", st.doc._.country)
    return (people, 0.5, None) if people != actor_id else None
