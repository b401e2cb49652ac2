"""Subjects the small English parser hangs on a participle after them: in "The Red Cross working in
Darfur said Sudan must protect civilians" it may read "working" as the subject of "said" and "Red
Cross" as the subject of "working", so the clause's verb has no actor. An -ing participle that is the
subject of a later finite verb with no other subject, whose own subject is the noun or name right
before it, describes that noun (``acl``), and the noun is the verb's subject: the Red Cross said. Run
by ``ckg_compound_subjects`` (nlp/compound_subjects.py), before the attribute ruler: Penn tags."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.syntax import PENN_NOUNS

NOMINAL = PENN_NOUNS
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def participle_subjects(doc: Doc) -> None:
    for tok in doc:
        noun = _misread_subject(tok)
        if noun is not None:
            verb = tok.head
            noun.head, noun.dep_ = verb, "nsubj"
            tok.head, tok.dep_ = noun, "acl"


def _misread_subject(tok: Token) -> Token | None:
    verb = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "csubj") or verb.i <= tok.i:
        return None
    finite = verb.tag_ in FINITE or any(c.dep_ == "aux" and c.tag_ in FINITE for c in verb.children)
    if not finite or any(c.dep_ in SUBJECTS and c.i != tok.i for c in verb.children):
        return None
    return next(
        (c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.tag_ in NOMINAL), None
    )
