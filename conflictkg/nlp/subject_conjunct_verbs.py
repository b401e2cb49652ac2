"""A clause the French parser hangs on its own first subject: in "Israël et le Hamas ont conclu un
accord, a annoncé le Premier ministre du Qatar" it makes "Israël" the subject of the reporting verb
after the comma and "conclu" a conjunct of "Israël", with "le Hamas" alone its subject, so only the
Hamas agrees. A verb coordinated to a noun is no coordination: when a subject noun has, as a
conjunct, a verb coming before the noun's own head, and that verb's subject follows a coordinator
right after the noun, the two nouns are the verb's coordinated subjects and the verb's clause hangs
where the noun hung (``subject_conjunct_verbs``, run by ``ckg_loose_subjects`` before split_subjects).
A verb whose subject follows no coordinator is left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def subject_conjunct_verbs(doc: Doc) -> None:
    for noun in doc:
        if noun.dep_ not in _SUBJECTS or noun.pos_ not in _NOMINAL:
            continue
        for verb in [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
            _mend(noun, verb)


def _mend(noun: Token, verb: Token) -> None:
    head = noun.head
    if not noun.i < verb.i < head.i:
        return
    second = next((c for c in verb.children if c.dep_ in _SUBJECTS and noun.i < c.i < verb.i), None)
    if second is None or second.pos_ not in _NOMINAL:
        return
    clause = {t.i for t in verb.subtree}
    end = max(t.i for t in noun.subtree if t.i not in clause)  # the noun's own phrase
    cc = noun.doc[end + 1]
    if cc.dep_ != "cc" or cc.i >= second.left_edge.i or cc.head.i not in (verb.i, second.i):
        return
    verb.head, verb.dep_ = head, "advcl"
    noun.head, noun.dep_ = verb, second.dep_
    second.head, second.dep_ = noun, "conj"
    cc.head = second
