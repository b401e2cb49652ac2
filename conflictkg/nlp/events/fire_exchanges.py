"""An exchange of fire told by the kind of fire exchanged (issue 14): "a shelling exchange between X
and Y", "an exchange of gunfire between X and Y", "exchanges of artillery fire". The noun
``exchange_nouns`` with a fire word (``exchanged_fire_words``) as its modifier or its 'of'
complement is the lexicon noun ``fire_exchange_nouns`` names ('exchange of fire', 'échange de tirs':
"des échanges de tirs entre la police et des gangs"), a fight between the sides it names; an
exchange of anything else ("an exchange of prisoners", "a cultural exchange") is no fight."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def fire_exchange(st: DocState, tok: Token) -> str | None:
    """'exchange of fire' when ``tok`` is an exchange noun whose modifier or 'of' complement is fire."""
    noun = next((n for n in sorted(st.lex.group("fire_exchange_nouns")) if n in st.lex.nouns), None)
    return noun if noun is not None and fire_words(st, tok) else None


def fire_words(st: DocState, tok: Token) -> list[Token]:
    """The fire words modifying the exchange noun ``tok`` or in its 'of' complement; none for any
    other noun."""
    if tok.lemma_.lower() not in st.lex.group("exchange_nouns"):
        return []
    fire = st.lex.group("exchanged_fire_words")
    words = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    words += [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")  # "exchange of shelling": the gerund read as a clause
    ]
    return [w for w in words if w.lemma_.lower() in fire or w.lower_ in fire]
