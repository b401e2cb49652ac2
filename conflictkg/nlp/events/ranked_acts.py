"""An act ranked against others as what a pronoun is ("it was the first large-scale deployment of the
new army", "it was the largest deployment of British troops since 1982"): the attribute of 'be' whose
subject is a pronoun and which an ordinal or a superlative qualifies says what an act told before
was, no new act (round engold88). Unranked ("it was a deployment of troops"), with a noun as the
subject ("the bombing was the deadliest attack by X on Y") or naming its author by an agent ("it was
the deadliest attack by Boko Haram on the city": who did the act told before), the event noun stands
as before."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.syntax import SUBJ, prep_args


def ranked_retelling(tok: Token) -> bool:
    """Whether the event noun ``tok`` is a ranked attribute of 'be' whose subject is a pronoun."""
    head = tok.head
    if tok.dep_ != "attr" or head.i == tok.i or head.lemma_.lower() != "be":
        return False
    subj = next((c for c in head.children if c.dep_ in SUBJ), None)
    if subj is None or subj.pos_ != "PRON" or any(p == "by" for p, _ in prep_args(tok)):
        return False
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in tok.children)
