"""Subjects the small English parser joins to the noun phrase before them: in "a mob gathered outside
the station and police attacked them" it reads "the station and police" as one coordinated phrase and
hangs "attacked" on "gathered" as a conjunct with no subject, so the mob attacks. A finite verb
coordinated after another one with no subject of its own, right after the last conjunct of a noun
phrase opened by a coordinating conjunction, is a clause of its own: ``conjunct_subjects`` (run by
``ckg_compound_subjects``, after the parser) makes that conjunct the verb's subject and hangs the
conjunction on the first verb, as between two clauses. A verb right after its object's conjunct with
a subject of its own ("police arrested two men and women said ...") is left alone, as is one after no
noun ("a mob gathered and attacked them": the mob's)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.syntax import PENN_NOUNS

NOMINAL = PENN_NOUNS  # Penn tags: the component runs before the attribute ruler
VERBS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb, which a subject must precede
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CONJUNCT, COORDINATOR = "conj", "cc"
PASSIVE_AUX = "auxpass"


def conjunct_subjects(doc: Doc) -> None:
    """Repair every subjectless coordinated verb of ``doc`` whose subject the phrase before it took."""
    for verb in doc:
        noun = _swallowed_subject(doc, verb)
        if noun is None:
            continue
        cc = doc[noun.left_edge.i - 1]
        cc.head = verb.head
        noun.head = verb
        noun.dep_ = "nsubjpass" if any(c.dep_ == PASSIVE_AUX for c in verb.children) else "nsubj"


def _swallowed_subject(doc: Doc, verb: Token) -> Token | None:
    """The noun conjunct right before ``verb`` that opens after a conjunction, else None."""
    if verb.dep_ != CONJUNCT or verb.tag_ not in VERBS or verb.i == 0 or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or not verb.head.tag_.startswith("VB"):
        return None
    noun = doc[verb.i - 1]
    if noun.tag_ not in NOMINAL or noun.dep_ != CONJUNCT or noun.head.i < verb.head.i:
        return None  # the noun must stand in the first verb's clause, after it
    if noun.left_edge.i == 0 or noun.right_edge.i != noun.i:
        return None
    cc = doc[noun.left_edge.i - 1]
    return noun if cc.dep_ == COORDINATOR and cc.head == noun.head else None
