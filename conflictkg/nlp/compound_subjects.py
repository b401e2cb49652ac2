"""Subjects the small English parser hangs on their verb as a compound: in "a regime sniper shot and
killed a farmer" it may read "regime sniper" as noun modifiers of "shot", so the clause has no subject.
A noun can modify a noun, never a verb: ``ckg_compound_subjects`` (after the parser) makes the last
such noun right before a verb that has no subject of its own the verb's subject (nsubj), and hangs
the words of its phrase (its determiner, the nouns before it) on it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.nlp.between_against import between_against
from conflictkg.nlp.between_asides import between_asides
from conflictkg.nlp.conjunct_subjects import conjunct_subjects
from conflictkg.nlp.fronted_subjects import fronted_subjects
from conflictkg.nlp.group_adjectives import group_adjectives
from conflictkg.nlp.headline_clauses import headline_clauses
from conflictkg.nlp.participle_subjects import participle_subjects
from conflictkg.nlp.split_subjects import split_subjects
from conflictkg.nlp.syntax import PENN_NOUNS
from conflictkg.nlp.titled_subjects import titled_subjects

NOMINAL = PENN_NOUNS  # Penn tags: the component runs before the attribute ruler
VERBS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb, which a subject must precede
COMPOUND = "compound"
SUBJECT = "nsubj"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PHRASE_DEPS = frozenset({"compound", "det", "amod", "nummod", "poss"})  # what the subject takes over


def compound_subjects() -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if _loose_compound(tok):
                verb = tok.head
                for other in doc[tok.sent.start : tok.i]:
                    if other.head.i == verb.i and other.dep_ in PHRASE_DEPS and _in_phrase(doc, other, tok):
                        other.head = tok
                tok.dep_ = SUBJECT
        fronted_subjects(doc)  # "On 3 May, in Tula, Hidalgo, nurses marched": nlp/fronted_subjects.py
        between_asides(doc)  # "clashes between X, backed by Y, and Z": nlp/between_asides.py
        between_against(doc)  # "clashes between X against Y": nlp/between_against.py
        group_adjectives(doc)  # "shelled militant positions": nlp/group_adjectives.py
        split_subjects(doc)  # "The MNLA and Ansar Dine seized": nlp/split_subjects.py
        conjunct_subjects(doc)  # "a mob gathered outside the station and police attacked them"
        headline_clauses(doc)  # "Clashes in X and warplanes bomb Y": nlp/headline_clauses.py
        participle_subjects(doc)  # "The Red Cross working in X said": nlp/participle_subjects.py
        titled_subjects(doc)  # "Special Envoy for X Brett McGurk will lead": nlp/titled_subjects.py
        return doc

    return component


def _loose_compound(tok: Token) -> bool:
    verb = tok.head
    if tok.dep_ != COMPOUND or tok.tag_ not in NOMINAL or verb.tag_ not in VERBS or verb.i != tok.i + 1:
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children)


def _in_phrase(doc: Doc, word: Token, noun: Token) -> bool:
    """Only the subject's own modifiers stand between ``word`` and the noun."""
    return all(t.dep_ in PHRASE_DEPS for t in doc[word.i : noun.i])
