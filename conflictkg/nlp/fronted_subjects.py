"""Subjects the small English parser swallows into a fronted place: in "On 3 May, in Tula, Hidalgo,
nurses marched to the town hall" it may read "nurses" as one more name of the list of places ("Tula,
Hidalgo, nurses") or as the object of "in" with the places as its modifiers, so the verb has no
subject; or it reads "nurses" as the subject, the places as its modifiers, and "in" with no object.
A list of places set off by commas ends at its last comma: ``fronted_subjects`` (run by
``ckg_compound_subjects``, after the parser) makes the common noun heading everything between the
last comma of a fronted locative and a finite verb with no subject that verb's subject, and hangs the
words it took from the places back on the locative (or on the preposition left with no object)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.syntax import PENN_COMMON_NOUNS

COMMON = PENN_COMMON_NOUNS  # Penn tags: the component runs before the attribute ruler
VERBS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb, which a subject must precede
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
NAMES = frozenset({"NNP", "NNPS"})
PREP_TAG, OBJECT = "IN", "pobj"
LOCATIVE = "prep"  # the fronted phrase hangs on the verb as a preposition
PASSIVE_AUX = "auxpass"


def fronted_subjects(doc: Doc) -> None:
    """Repair every verb of ``doc`` whose subject the parser put inside its fronted locative."""
    for verb in doc:
        if verb.tag_ not in VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects:
            _repair(doc, verb)
        elif len(subjects) == 1 and subjects[0].tag_ in COMMON:
            _give_back(doc, subjects[0])


def _repair(doc: Doc, verb: Token) -> None:
    comma = _last_comma(doc, verb)
    if comma is None or comma.i + 1 >= verb.i:
        return
    noun = top_word(doc, comma.i + 1, verb.i)
    if noun is None or noun.tag_ not in COMMON or not _in_locative(noun, verb, comma.i):
        return
    old_head, old_dep = noun.head, noun.dep_
    for child in [c for c in noun.children if c.i < comma.i]:  # the places it took: back on the locative
        child.head, child.dep_ = old_head, old_dep
    noun.head = verb
    noun.dep_ = "nsubjpass" if any(c.dep_ == PASSIVE_AUX for c in verb.children) else "nsubj"


def _give_back(doc: Doc, noun: Token) -> None:
    """The places before the subject's comma hang on a preposition right before them with no object."""
    comma = _last_comma(doc, noun)
    if comma is None:
        return
    for child in [c for c in noun.children if c.i < comma.i and c.tag_ in NAMES]:
        edge = child.left_edge.i
        prep = doc[edge - 1] if edge > noun.sent.start else None
        if prep is not None and prep.tag_ == PREP_TAG and not any(c.dep_ == OBJECT for c in prep.children):
            child.head, child.dep_ = prep, OBJECT


def _last_comma(doc: Doc, verb: Token) -> Token | None:
    """The last comma before ``verb`` (a verb or a noun) in its sentence."""
    for tok in reversed(doc[verb.sent.start : verb.i]):
        if tok.text == ",":
            return tok
    return None


def top_word(doc: Doc, start: int, end: int) -> Token | None:
    """The one word of ``doc[start:end]`` all the others hang under, if there is one."""
    tops = set()
    for tok in doc[start:end]:
        while start <= tok.head.i < end and tok.head.i != tok.i:
            tok = tok.head
        tops.add(tok.i)
    return doc[tops.pop()] if len(tops) == 1 else None


def _in_locative(noun: Token, verb: Token, comma: int) -> bool:
    """The noun hangs, through words before the comma, on a preposition the verb heads."""
    tok = noun
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ == LOCATIVE and tok.i < comma
        if tok.head.i >= comma:
            return False
        tok = tok.head
    return False
