"""Forces on the move: "government troops arrived in Bambari", "coalition reinforcements reached X". An armed
or state force arriving somewhere mobilizes (MOBILIZE); anyone else arriving is no event.

A lexicon verb with ``forces_only`` is an event only when its subject is a force; one with a
``force_reading`` ("reach", an agreement when its object is a deal) is read as the verb that names when
its own reading does not hold and its subject is a force. A force is a subject whose actor mention has a
kind of ``force_kinds``, or whose head is a group noun of a class of ``force_classes`` ("troops",
"militiamen", "reinforcements"), or a ruling noun (``regime_nouns``: "the regime advance in X", whose
violent act ruling_agents.py gives the state's army). A person who is no force (``unarmed_person_nouns``:
a minister, a president, a delegation) is none, even when his demonym names a state ("le ministre malien
est entré dans Ménaka": no capture)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, first_child


def force_subject(st: DocState, tok: Token, conjunct: bool = False) -> bool:
    """The subject of the verb ``tok`` is an armed or state force. ``conjunct``: a verb coordinated
    with no subject of its own takes the first verb's ("troops fought and defeated the rebels")."""
    subj = first_child(tok, SUBJ)
    if subj is None and (tok.dep_ == "xcomp" or (conjunct and tok.dep_ == "conj")):
        subj = first_child(tok.head, SUBJ)  # "troops continue advancing": the controller's subject
    if subj is None or _unarmed(st, subj):
        return False
    mention = st.covered.get(subj.i)
    if mention is not None and mention["kind"] in st.lex.group("force_kinds"):
        return True
    if subj.lemma_.lower() in st.lex.group("regime_nouns"):
        return True  # "the regime advance in X": a ruling noun commands its state's forces
    classes = st.lex.group("force_classes")
    return st.lex.generic.get(subj.lemma_.lower()) in classes or st.lex.generic.get(subj.lower_) in classes


def force_frame(st: DocState, f: Frame) -> Frame | None:
    """The frame of the verb the predicate's ``force_reading`` names, when its subject is a force."""
    name = f.pred.force_reading
    if name is None or f.nominal or name not in st.lex.verbs or not force_subject(st, f.tok):
        return None
    return Frame(f.tok, st.lex.verbs[name])


def _unarmed(st: DocState, subj: Token) -> bool:
    """The subject names a person or a body of no force: "le ministre malien", "une délégation"."""
    words = st.lex.group("unarmed_person_nouns")
    return subj.lemma_.lower() in words or subj.lower_ in words
