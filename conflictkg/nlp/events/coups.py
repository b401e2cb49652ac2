"""A coup told as who deposed someone ("le coup d'État qui a renversé le président X", "un putsch a
destitué le président"): the military of the article's country acts, as 'les putschistes' and as
ACLED codes a coup's actor (a strategic development; our type is the deposing verb's, COERCE).
Lexicon ``coup_nouns``: the noun's lemma, or 'lemma complement' ('coup état'). A junta (``junta_nouns``)
deposing someone ("la junte a renversé le gouvernement") is the military of its country too (its
demonym's, else the article's), not the government it otherwise stands for."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ

_RELATIVE = frozenset({"acl:relcl", "relcl"})


def deposing_coup(st: DocState, tok: Token) -> bool:
    """Whether ``tok`` is a coup that deposes (its actor: the military of the article's country)."""
    return _is_coup(st, tok) and _deposes(st, tok)


def coup_country(st: DocState, tok: Token) -> tuple[str | None] | None:
    """The country whose military a deposing coup or junta ``tok`` is, in a 1-tuple; None when
    ``tok`` is neither."""
    if deposing_coup(st, tok):
        return (st.doc._.country,)
    if tok.lemma_.lower() not in st.lex.group("junta_nouns") or not _deposes(st, tok):
        return None
    m = st.covered.get(tok.i)
    own = st.actors.get(m["actor"], {}).get("country") if m is not None else None
    return (own or st.doc._.country,)


def _deposes(st: DocState, tok: Token) -> bool:
    verbs = [tok.head] if tok.dep_ in SUBJ else []
    verbs += [c for c in tok.children if c.dep_ in _RELATIVE]  # "le coup d'État qui a renversé X"
    deposing = st.lex.group("deposed_words")
    return any(v.pos_ == "VERB" and v.lemma_.lower() in deposing for v in verbs)


def _is_coup(st: DocState, tok: Token) -> bool:
    nouns = st.lex.group("coup_nouns")
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        lemma in nouns or any(f"{lemma} {c.lower_}" in nouns for c in tok.children if c.dep_ == "nmod")
    )
