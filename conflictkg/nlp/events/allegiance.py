"""Whose a group is by its allegiance: "forces loyal to Khalifa Haftar" are Haftar's forces, as "the
forces of Khalifa Haftar" are. An adjective of ``allegiance_adjectives`` on the group noun names, in
its prepositional complement, the one the group serves."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def served(st: DocState, tok: Token) -> Token | None:
    """The head of what the group noun ``tok`` is loyal to, if an allegiance adjective says so."""
    words = st.lex.group("allegiance_adjectives")
    for c in tok.children:
        if c.dep_ in ("amod", "acl") and c.lemma_.lower() in words:
            return next((g for _, g in prep_args(c)), None)
    return None
