"""A past form the parser reads as qualifying a noun of the subject when it is the clause's verb: in
"owners of restaurants protested in Kyiv demanding the right to open" the small English model makes
"protested" an adnominal clause of "restaurants" and the present participle "demanding" the root of
the sentence, though a present participle with no auxiliary heads no finite clause.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler): when a sentence's
root is such a participle with a subject before it, and a past form with no subject, no auxiliary and
no agent of its own qualifies a noun of that subject, that past form is the clause's verb. It becomes
the root and takes the subject; the present participle is its adverbial clause, as in "protested in
Kyiv, demanding ...". A passive participle ("residents displaced by floods seeking shelter") stays
a noun's qualifier."""

from __future__ import annotations

from spacy.tokens import Doc, Token

PAST_TAGS = frozenset({"VBN", "VBD"})
OWN_ARGS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent"})


def finite_participles(doc: Doc) -> Doc:
    for root in [t for t in doc if t.dep_ == "ROOT"]:
        _repair(root)
    return doc


def _repair(root: Token) -> None:
    if root.tag_ != "VBG" or any(c.dep_ in OWN_ARGS - {"nsubj"} for c in root.children):
        return
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None:
        return
    verb = next((t for t in subj.subtree if _finite_misread(t, root)), None)
    if verb is None:
        return
    trailing = [c for c in root.children if c.dep_ == "punct" and c.i > root.i]
    promote(verb, trailing)
    subj.head = verb
    root.head, root.dep_ = verb, "advcl"


def promote(verb: Token, trailing: list[Token]) -> None:
    """``verb``, a past form the parser hung under a noun, becomes its sentence's root and takes the
    ``trailing`` punctuation; tagged VBD, the attribute ruler and the lemmatizer then read a finite verb."""
    verb.head, verb.dep_ = verb, "ROOT"
    for c in trailing:
        c.head = verb
    verb.tag_ = "VBD"


def _finite_misread(t: Token, root: Token) -> bool:
    return (
        t.dep_ == "acl"
        and t.tag_ in PAST_TAGS
        and t.i < root.i
        and not any(c.dep_ in OWN_ARGS for c in t.children)
    )
