"""A passive participle the parser read as an adjective after 'be': in "five women were gang-raped by
soldiers" the small English model makes "were" the clause's head and "gang-raped" its adjective
complement, so no verb takes the women as its patient and the soldiers as its agent.

``rehang`` makes such a participle the clause's verb: "be" its passive auxiliary, the subject of
"be" its passive subject, the other dependents of "be" its own."""

from __future__ import annotations

from spacy.tokens import Token

PARTICIPLE_TAG = "VBN"
PARTICIPLE_ENDING = "ed"


def misread(tok: Token) -> bool:
    """An adjective complement of 'be' with a 'by' agent of its own or a participle's ending
    ('were lathi-charged in Patna')."""
    be = tok.head
    participle = tok.lower_.endswith(PARTICIPLE_ENDING) or any(c.dep_ == "agent" for c in tok.children)
    return tok.dep_ == "acomp" and be.i != tok.i and be.lemma_.lower() == "be" and participle


def rehang(tok: Token) -> None:
    be = tok.head
    if be.head.i == be.i:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = be.head, be.dep_
    for c in list(be.children):
        if c.i != tok.i:
            c.head = tok
            c.dep_ = "nsubjpass" if c.dep_ == "nsubj" else c.dep_
    be.head, be.dep_ = tok, "auxpass"
    tok.tag_ = PARTICIPLE_TAG
