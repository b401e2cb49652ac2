"""Subjects the parser leaves unlabelled: in "des insurgés ont fait exploser une bombe" it may hang
"insurgés" on "exploser" as a bare ``dep``, its auxiliaries ("ont", "fait") between, so the clause has
no subject. ``ckg_loose_subjects`` (after the parser) labels such a noun or name the verb's subject
(nsubj) when only auxiliaries stand between them and the verb has no subject of its own: the place
before a tense auxiliary is the subject's. A subject the parser hung on a multi-word adverb before the
verb ("les rebelles ont de nouveau pris", "de" its head) is the verb's, the adverb's head. A phrase set
off by commas between the subject and its verb describes the subject (``nlp/apposed_subjects.py``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.nlp.apposed_subjects import apposed_subjects
from conflictkg.nlp.listed_subjects import listed_subjects
from conflictkg.nlp.split_subjects import split_subjects
from conflictkg.nlp.subject_conjunct_verbs import subject_conjunct_verbs

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})


def loose_subjects() -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if _loose_subject(tok):
                tok.dep_ = "nsubj"
            elif _adverb_subject(tok):
                tok.head = tok.head.head
        subject_conjunct_verbs(doc)  # "Israël et le Hamas ont conclu X, a annoncé Y"
        split_subjects(doc)  # "Le MNLA et Ansar Dine ont pris": nlp/split_subjects.py
        listed_subjects(doc)  # "Le MNLA, Ansar Dine et le Mujao ont attaqué": nlp/listed_subjects.py
        apposed_subjects(doc)
        return doc

    return component


def _loose_subject(tok: Token) -> bool:
    verb = tok.head
    if tok.dep_ != "dep" or tok.pos_ not in NOMINAL or verb.pos_ != "VERB" or verb.i <= tok.i + 1:
        return False
    between = tok.doc[tok.i + 1 : verb.i]
    if not all(t.pos_ == "AUX" and t.head.i == verb.i for t in between):
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children)


def _adverb_subject(tok: Token) -> bool:
    adverb = tok.head
    verb = adverb.head
    if tok.dep_ not in SUBJECTS or adverb.dep_ != "advmod" or verb.pos_ != "VERB" or adverb.i > verb.i:
        return False
    return tok.i < adverb.i and not any(c.dep_ in SUBJECTS for c in verb.children)
