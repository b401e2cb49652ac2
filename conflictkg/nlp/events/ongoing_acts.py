"""An event noun that is the object of another predicate is usually only that predicate's matter (talks
about a ceasefire are no ceasefire). Two such objects stand as events of their own: a fight fled
(nlp/events/fled_fights.py), and an act told as going on: "to discuss our ongoing support for the
Iraqi Armed Forces", "reviewed Turkey's continued backing of the rebels", an event noun its possessor
owns and an adjective of continuation qualifies (``ongoing_adjectives``), an act already under way."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.fled_fights import fled_fight
from conflictkg.nlp.events.state import DocState


def object_stands(st: DocState, noun: Token) -> bool:
    """The event noun ``noun``, another predicate's object, is an event of its own."""
    return fled_fight(st, noun) or ongoing_act(st, noun)


def ongoing_act(st: DocState, noun: Token) -> bool:
    """``noun`` is an event noun owned by a possessor and qualified as going on."""
    ongoing = st.lex.group("ongoing_adjectives")
    qualified = any(c.dep_ == "amod" and c.lower_ in ongoing for c in noun.children)
    return noun.pos_ == "NOUN" and qualified and coref.possessive(noun) is not None
