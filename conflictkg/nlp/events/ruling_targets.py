"""Whom a violent act hits when a ruling noun names its target: "rebels shelled regime positions",
"attacks on the regime's checkpoints", "an offensive against the regime". As the agent of violence
named by a ruling noun (``regime_nouns``) is the state's military (nlp/events/ruling_agents.py), so is
the target: what is fought is its forces and what they hold, not its government."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.held_targets import event_country
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, prep_args

_NAMING_DEPS = frozenset({"compound", "poss", "nmod", "amod"})  # "regime positions", "the regime's posts"


def ruling_target(st: DocState, e: EventRecord, fighting: bool) -> None:
    """Aim a violent act whose target is a state named by a ruling noun, or that has no target but
    aims at what a ruling noun names, at that state's military."""
    rec = st.actors.get(e["target"] or "", {})
    state = rec.get("kind") in STATE_KINDS and rec.get("country")
    if not fighting or not (state or e["target"] is None):
        return
    # no target: the state of the article's country, else of the event's place (found later: its
    # forces are placed as soldiers are, nlp/events/held_targets.py)
    country = rec.get("country") if state else event_country(st, e)
    tok = st.doc[e["pred"]]
    frame = st.frames.get(tok.i)
    preps = frame.pred.target if frame is not None else ()
    aimed = [c for c in tok.children if c.dep_ in OBJ] + [a for p, a in prep_args(tok) if p in preps]
    if any(_ruled(st, n) for a in aimed for n in (a, *a.conjuncts)):
        e["target"] = generic_id(st, "military", country and str(country))


def _ruled(st: DocState, noun: Token) -> bool:
    """The noun is a ruling noun, or what one names as its own ("regime positions", "positions of the
    regime")."""
    words = st.lex.group("regime_nouns")
    if noun.lemma_.lower() in words:
        return True
    named = [c for c in noun.children if c.dep_ in _NAMING_DEPS]
    named += [a for p, a in prep_args(noun) if p in st.lex.group("of_preps")]
    return any(n.lemma_.lower() in words for n in named)
