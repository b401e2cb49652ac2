"""Who an event noun's phrase makes its receiver or its patient: the subject of a receiving verb whose
object the noun is ("won the backing of X"), and the possessive of an event noun whose "de" complement
is its patient ("son assassinat"). Moved out of nlp/events/actors.py unchanged (round case85). A
state's name as the modifier of an aid noun whose recipient its own complement names ("US aid to
Ukraine", "the U.S. Embassy grant to the fund") is the giver, not the topic ("Ukraine aid"; round
engold87)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, prep_args, subject_of

GIVING = frozenset({"AID"})  # not "UK support for Somalia in the fight against al-Shabaab": Somalia fights


def received(st: DocState, tok: Token) -> Token | None:
    """The subject of the receiving verb whose object ``tok`` is ("a reçu le soutien de X",
    "won the backing of X", "bénéficie de l'aide de X")."""
    head = tok.head
    receiving = st.lex.group("receiving")
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in receiving:
        return None
    if tok.dep_ not in OBJ and not (tok.dep_.startswith("obl") or tok.dep_ == "pobj"):
        return None
    return subject_of(head)


def possessive_patient(st: DocState, tok: Token) -> Token | None:
    """The possessive of an event noun whose "de" complement is its patient ("son assassinat", "leur
    arrestation"): it names who suffered the event, not who did it."""
    pred = st.lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if pred is None or (pred.target != ("de",) and not pred.person_target):  # "his arrest" too
        return None
    return coref.possessive(tok)


def giving_compound(st: DocState, tok: Token) -> bool:
    """Whether a state named as a compound of the aid noun ``tok`` gives it: the noun's own target
    complement names who receives it ("US aid to Ukraine")."""
    pred = st.lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if pred is None or pred.type not in GIVING:
        return False
    return any(prep in pred.target for prep, _ in prep_args(tok))
