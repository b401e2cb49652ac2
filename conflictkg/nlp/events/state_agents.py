"""A state named in the 'de' complement of an event noun whose target another preposition names:
"l'intervention de la France contre les islamistes", "l'offensive du Tchad contre Aqmi". The state
acts (as "l'intervention française contre ..."); it is not where the event happened, since the
event is aimed at someone else. With no such target ("l'attaque de la France") the name stays a
place, or the one hit."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def acting_state(st: DocState, noun: Token, c: Token, pred: Predicate | None) -> bool:
    """Whether the complement ``c`` of the event ``noun`` names the state that acts, not a place."""
    mention = st.covered.get(c.i)
    if pred is None or mention is None or mention["kind"] != "state":
        return False
    aimed = set(pred.target) - {"obj", "iobj"} - st.lex.group("of_preps")
    return any(
        p in aimed and t.i > c.i and (t.i in st.covered or t.lemma_.lower() in st.lex.generic)
        for p, t in prep_args(noun)
    )
