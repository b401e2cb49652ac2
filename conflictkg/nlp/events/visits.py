"""Visits: "le ministre s'est rendu à Beyrouth", "Karzaï s'est rendu au Pakistan". A verb with a
``place_reading`` ("se rendre": to surrender to someone, or to go somewhere) whose arguments are
only places (``visit_preps``) is a visit when a state, a government, an international body or a
person goes (PLOVER CONSULT, mode visit), read as the lexicon noun the reading names ("la visite de
X à Beyrouth"), whose target is the host: the state the place names or whose capital it is. A trip
to a town ("s'est rendu à Gao") names no host and is no event, nor is anyone else going somewhere.
Its own reading ("se rendre aux rebelles": a surrender) holds when an actor is named."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.places import is_place_name
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.subjects import actor_kind
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, prep_args


def visit_reading(st: DocState, f: Frame) -> Frame | None:
    """The visit frame when the verb goes only to places, None when a non-visitor goes, else ``f``."""
    name = f.pred.place_reading
    if name is None or f.nominal or name not in st.lex.nouns or first_child(f.tok, OBJ) is not None:
        return f
    args = [c for prep, c in prep_args(f.tok) if prep in st.lex.group("visit_preps")]
    if not args or not all(is_place_name(st, c) for c in args):
        return f
    subj = first_child(f.tok, SUBJ)
    actor = np_actor(st, subj) if subj is not None else None
    if actor is None or actor_kind(st, actor[0]) not in st.lex.group("visitor_kinds"):
        return None
    hosts = tuple(sorted(st.lex.group("visit_preps")))
    visit = replace(st.lex.nouns[name], target=hosts, requires_target=True)
    return Frame(f.tok, visit)
