"""A passive participle the parser makes the adjective of "be" when an aside splits it from its
subject: in "Canada, as a coalition member, is committed to continuing to supply X with
training" the small English model reads "is" as the clause's root and "committed" as its adjectival
complement (acomp), so the clauses under "committed" find no subject; without the aside it reads
"committed" as the root, "is" its passive auxiliary and "the UK" its passive subject.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only). A past
participle (VBN) that is the acomp of a root form of "be" (``copula_forms``) with a subject takes
that reading again: it becomes the root, "be" its auxpass, the subject its nsubjpass and the other
dependents of "be" (the aside, the punctuation) its own. "The town is calm" (no participle) and
"Canada is committed to X" (already read as a passive) are left as they are."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def copula_participles(doc: Doc, copulas: frozenset[str]) -> Doc:
    for tok in doc:
        be = tok.head
        if (
            tok.dep_ == "acomp"
            and tok.tag_ == "VBN"
            and be.dep_ == "ROOT"
            and be.lower_ in copulas
            and any(c.dep_ == "nsubj" for c in be.children)
        ):
            _rehang(tok, be)
    return doc


def _rehang(participle: Token, be: Token) -> None:
    others = [c for c in be.children if c.i != participle.i]
    participle.dep_ = "ROOT"
    participle.head = participle
    be.dep_ = "auxpass"
    be.head = participle
    for c in others:
        c.dep_ = "nsubjpass" if c.dep_ == "nsubj" else c.dep_
        c.head = participle
