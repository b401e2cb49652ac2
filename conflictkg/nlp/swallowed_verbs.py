"""A headline verb the parser swallowed into the place phrase of its subject: "Airstrikes on Douma
kill and wound five citizens" is read with "Douma kill" one noun phrase, the object of "on", and
"wound" a conjunct of "Airstrikes". A misread headline verb (nlp/headlines.py records them) that is
the object of a preposition of the root noun, with the name before it its modifier and a verb
conjoined to that root after it, is the sentence's verb: the root noun its subject, the name the
preposition's object, the later verb (and its conjunction) its conjunct (round ucdp88)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.syntax import PENN_NOUNS

NAME_TAGS = frozenset({"NNP", "NNPS"})
NOUN_TAGS = PENN_NOUNS
JOINED_VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})  # tags only: the attribute ruler has not run yet
VERB_TAG, ROOT_DEP = "VBP", "ROOT"


def swallowed_verb(tok: Token) -> bool:
    """Re-hang the misread verb ``tok`` as the sentence's verb when the parser swallowed it (see the
    module's doc); whether it did."""
    prep = tok.head
    root = prep.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or root.dep_ != ROOT_DEP or root.tag_ not in NOUN_TAGS:
        return False
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.tag_ in NAME_TAGS]
    joined = [c for c in root.children if c.dep_ == "conj" and c.i > tok.i and c.tag_ in JOINED_VERB_TAGS]
    if not names or not joined:
        return False
    place = names[-1]
    place.head, place.dep_ = prep, "pobj"
    for t in names[:-1]:
        t.head = place
    tok.tag_, tok.pos_ = VERB_TAG, "VERB"
    tok.head, tok.dep_ = tok, ROOT_DEP
    for c in [c for c in root.children if c.dep_ in ("conj", "cc") and c.i > tok.i]:
        c.head = tok
    for t in tok.sent:
        if t.head == root and t.i > tok.i and t.dep_ not in ("conj", "cc"):
            t.head = tok  # the clause's later complements
    root.head, root.dep_ = tok, "nsubj"
    return True
