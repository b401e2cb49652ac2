"""Who an event noun's phrase makes its receiver or its patient: the subject of a receiving verb whose
object the noun is ("won the backing of X"), and the possessive of an event noun whose "de" complement
is its patient ("son assassinat"). Moved out of nlp/events/actors.py unchanged (round case85). A
state's name as the modifier of an aid noun whose recipient its own complement names ("US aid to
Ukraine", "the U.S. Embassy grant to the fund") is the giver, not the topic ("Ukraine aid"; round
engold87). Such an aid noun naming its receiver stands as the giver's event even as the subject of
another predicate ("the U.S. grant to the fund will support conservation work": the aid is given,
what it pays for is no one's act; round engold88)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, prep_args, subject_of

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


def gift_to_named(st: DocState, tok: Token) -> bool:
    """Whether the aid noun ``tok``, the subject of another predicate, names its receiver by a proper
    name in its own target complement ("the U.S. grant of $2 million to the World Monuments Fund
    will support X"); not "Turkish aid helped the GNA" (the verb tells the aid)."""
    pred = st.lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if pred is None or pred.type not in GIVING or tok.dep_ not in SUBJ:
        return False
    return any(prep in pred.target and arg.pos_ == "PROPN" for prep, arg in prep_args(tok))


def determined(noun: Token) -> bool:
    """Whether ``noun`` has a determiner or a possessive ("the prisoners", "their captives"): a
    verb_object entry marked ``undetermined_only`` is then no act ("took the prisoners to X")."""
    return any(c.dep_ in ("det", "poss") for c in noun.children)
