"""Offences people are held for: a person a participle of suspicion qualifies ("a man suspected of
kidnapping a child", "two men accused of stealing a motorcycle", ``suspicion_verbs``) is a wrongdoer in
the eyes of who turns on them, as a thief is (mob justice), and the act named in the participle's 'of'
complement is what they are held for, no event the sentence tells (round case83)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ_PASS

QUALIFYING = frozenset({"acl", "relcl"})


def alleged_act(st: DocState, verb: Token) -> bool:
    """A verb that is the 'of' complement of a participle of suspicion qualifying a noun ("a man
    suspected of kidnapping a child", "men who are accused of killing a soldier")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in st.lex.group("of_preps"):
        return False
    return suspicion_participle(st, prep.head)


def suspicion_participle(st: DocState, tok: Token) -> bool:
    """A participle of suspicion that qualifies a noun: bare ("a man suspected of"), or a relative
    clause's passive verb whose subject is the relative pronoun ("a man who is suspected of")."""
    if tok.lemma_.lower() not in st.lex.group("suspicion_verbs"):
        return False
    if tok.dep_ == "acl":
        return True
    return tok.dep_ == "relcl" and any(c.dep_ in SUBJ_PASS for c in tok.children)


def held_wrongdoer(st: DocState, noun: Token) -> bool:
    """A wrongdoer noun ("a thief"), or a noun a participle of suspicion with an 'of' complement
    qualifies ("a man suspected of theft")."""
    if noun.lemma_.lower() in st.lex.group("wrongdoer_nouns"):
        return True
    of = st.lex.group("of_preps")
    return any(
        suspicion_participle(st, c) and any(p.dep_ == "prep" and p.lower_ in of for p in c.children)
        for c in noun.children
    )
