"""An exchange of fire told by the kind of fire exchanged (issue 14): "a shelling exchange between X
and Y", "an exchange of gunfire between X and Y", "exchanges of artillery fire". The noun
``exchange_nouns`` with a fire word (``exchanged_fire_words``) as its modifier or its 'of'
complement is the lexicon noun 'exchange of fire', a fight between the sides it names; an exchange
of anything else ("an exchange of prisoners", "a cultural exchange") is no fight."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

EXCHANGE_OF_FIRE = "exchange of fire"


def fire_exchange(st: DocState, tok: Token) -> str | None:
    """'exchange of fire' when ``tok`` is an exchange noun whose modifier or 'of' complement is fire."""
    if tok.lemma_.lower() not in st.lex.group("exchange_nouns") or EXCHANGE_OF_FIRE not in st.lex.nouns:
        return None
    fire = st.lex.group("exchanged_fire_words")
    words = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    words += [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return EXCHANGE_OF_FIRE if any(w.lemma_.lower() in fire or w.lower_ in fire for w in words) else None
