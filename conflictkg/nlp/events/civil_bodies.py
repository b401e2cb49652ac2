"""Bodies of a country's people, not its state: a demonym on a noun of such a body ("Nigerian labour
unions", "a Kenyan traders' association"; lexicon group ``civil_body_nouns``) says whose people they
are, as it does on "Nigerian workers"; it does not make the body the state of that country."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def civil_body(st: DocState, head: Token) -> bool:
    """Whether the common noun ``head`` names a body of people outside the state."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in st.lex.group("civil_body_nouns")
