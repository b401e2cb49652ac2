"""Where something carried or a vessel was going ("a flotilla carrying aid to Gaza", "a tanker bound for
Houston"): the destination of a carrying participle (lexicon ``carrying_participles``) or of a word of
being bound somewhere (``bound_words``) is whither, not where the act on the carrier happened
(round case89)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of


def whither(st: DocState, tok: Token) -> bool:
    """Whether the name ``tok`` is the destination of something carried or bound somewhere."""
    prep = case_of(tok)
    if prep not in st.lex.group("destination_preps") | st.lex.group("bound_preps"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if head.lower_ in st.lex.group("carrying_participles"):
        return prep in st.lex.group("destination_preps")  # "carrying aid to Gaza"
    return head.lower_ in st.lex.group("bound_words") and prep in st.lex.group("bound_preps")
