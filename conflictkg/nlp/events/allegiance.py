"""Whose a group is by its allegiance: "forces loyal to Khalifa Haftar" are Haftar's forces, as "the
forces of Khalifa Haftar" are. An adjective of ``allegiance_adjectives`` on the group noun names, in
its prepositional complement, the one the group serves."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.allegiant import loyal_to
from conflictkg.nlp.events.state import DocState


def served(st: DocState, tok: Token) -> Token | None:
    """The head of what the group noun ``tok`` is loyal to, if an allegiance adjective says so."""
    return loyal_to(tok, st.lex.group("allegiance_adjectives"))
