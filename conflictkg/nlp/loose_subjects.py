"""Subjects the parser leaves unlabelled: in "des insurgés ont fait exploser une bombe" it may hang
"insurgés" on "exploser" as a bare ``dep``, its auxiliaries ("ont", "fait") between, so the clause has
no subject. ``ckg_loose_subjects`` (after the parser) labels such a noun or name the verb's subject
(nsubj) when only auxiliaries (and the reflexive clitic of a pronominal verb: "Kiev et Moscou se sont
entendus", round frmiss88) stand between the end of its phrase and the verb, and the verb has no
subject of its own: the place before a tense auxiliary is the subject's. A subject the parser hung on
a multi-word adverb before the verb ("les rebelles ont de nouveau pris", "de" its head) is the verb's,
the adverb's head. A phrase set off by commas between the subject and its verb describes the subject
(``nlp/apposed_subjects.py``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.nlp.apposed_subjects import apposed_subjects
from conflictkg.nlp.listed_subjects import listed_subjects
from conflictkg.nlp.split_subjects import split_subjects
from conflictkg.nlp.subject_conjunct_verbs import subject_conjunct_verbs

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
REFLEXIVE_CLITICS = frozenset({"expl:comp", "expl:pv", "expl:pass"})


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
    between = tok.doc[tok.right_edge.i + 1 : verb.i]  # "Kiev et Moscou se sont entendus": past its conjuncts
    if not all(_auxiliary_or_clitic(t) and t.head.i == verb.i for t in between):
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children)


def _auxiliary_or_clitic(t: Token) -> bool:
    """An auxiliary, or the reflexive clitic of a pronominal verb ("se sont entendus", round frmiss88)."""
    return t.pos_ == "AUX" or (t.pos_ == "PRON" and t.dep_ in REFLEXIVE_CLITICS)


def _adverb_subject(tok: Token) -> bool:
    adverb = tok.head
    verb = adverb.head
    if tok.dep_ not in SUBJECTS or adverb.dep_ != "advmod" or verb.pos_ != "VERB" or adverb.i > verb.i:
        return False
    return tok.i < adverb.i and not any(c.dep_ in SUBJECTS for c in verb.children)
