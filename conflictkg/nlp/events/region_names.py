"""A state named as the "de" complement of a noun a place preposition introduces ("dans le nord du
Mali", "dans la région de Gao, au Mali", "in the north of Mali") names where, not a party: a threat
or a promise whose act is told there ("ont menacé d'attaquer des villages dans le nord du Mali")
threatens no one by it."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Mention
from conflictkg.nlp.syntax import case_of


def region_state(st: DocState, t: Token, m: Mention) -> bool:
    """``t``, the head of the state mention ``m``, completes a noun in a place phrase."""
    if m["kind"] != "state" or t.i != m["head"] or case_of(t) not in st.lex.group("of_preps"):
        return False
    region = t.head
    return region.i != t.i and region.pos_ == "NOUN" and case_of(region) in st.lex.group("place_preps")
