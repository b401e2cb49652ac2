"""Support told by who relies on it: "the regime has been wholly dependent on hired militias and
Russian air support", "the government relies on Iranian military support". The support noun (or a conjunct of
it) completes a word of reliance (``reliance_words``: rely, depend, dependent, reliant) through
``reliance_preps`` ("on"): the subject of that word's clause is who is supported, as the subject of
"received the support of X" is."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import subject_of


def relying_subject(st: DocState, noun: Token) -> Token | None:
    """The subject that relies on the support ``noun`` names, if a word of reliance takes it."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:  # "on hired militias and Russian air support"
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in st.lex.group("reliance_preps"):
        return None
    word = prep.head
    if word.lemma_.lower() not in st.lex.group("reliance_words"):
        return None
    if word.pos_ == "ADJ" and word.dep_ in ("acomp", "amod", "xcomp") and word.head.i != word.i:
        word = word.head  # "has been dependent on": the copula's subject
    return subject_of(word) if word.pos_ in ("VERB", "AUX") else None
