"""A coup told as who deposed someone ("le coup d'État qui a renversé le président X", "un putsch a
destitué le président"): the military of the article's country acts, as 'les putschistes' and as
ACLED codes a coup's actor (a strategic development; our type is the deposing verb's, COERCE).
Lexicon ``coup_nouns``: the noun's lemma, or 'lemma complement' ('coup état')."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.syntax import SUBJ

_RELATIVE = frozenset({"acl:relcl", "relcl"})


def coup_author(st: DocState, tok: Token) -> Actor | None:
    """The military of the article's country, when ``tok`` is a coup that deposes."""
    if not _is_coup(st, tok):
        return None
    verbs = [tok.head] if tok.dep_ in SUBJ else []
    verbs += [c for c in tok.children if c.dep_ in _RELATIVE]  # "le coup d'État qui a renversé X"
    deposing = st.lex.group("deposed_words")
    if not any(v.pos_ == "VERB" and v.lemma_.lower() in deposing for v in verbs):
        return None
    iso3 = st.doc._.country
    state = st.kb.state(str(iso3)) if iso3 else None
    entry = generic_entry("military", iso3 and str(iso3), state.name if state is not None else None, st.kb)
    st.actors.setdefault(entry.id, generic.record(entry))
    return (str(entry.id), 0.6, None)


def _is_coup(st: DocState, tok: Token) -> bool:
    nouns = st.lex.group("coup_nouns")
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        lemma in nouns or any(f"{lemma} {c.lower_}" in nouns for c in tok.children if c.dep_ == "nmod")
    )
