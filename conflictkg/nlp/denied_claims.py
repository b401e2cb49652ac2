"""An act told only as the content of a claim its party denies ("Uganda denied accusations by Rwanda
that it backed the rebels", "rejected allegations that it supported the militia", "a démenti les
accusations selon lesquelles il aurait armé les rebelles"): the act is denied, whatever mood the
claim's clause has (the French conditional of hearsay is the accuser's, not the article's). Lexicon
``denied_claim_nouns`` (the claim, object of the verb) and ``claim_denying_verbs`` (the verb, not
negated: "did not deny reports that ..." denies nothing)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import OBJ

_CLAUSE_DEPS = ("acl", "ccomp", "appos")


def claim_denier(tok: Token, lex: Lexicon) -> Token | None:
    """The denying verb whose object is a claim noun ``tok``'s clause completes, else None; whether
    that verb is itself negated is modality.negated's to say."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return None
        head = t.head
        if head.pos_ == "NOUN" and t.dep_.startswith(_CLAUSE_DEPS):
            if head.lemma_.lower() not in lex.group("denied_claim_nouns") or head.dep_ not in OBJ:
                return None
            verb = head.head
            denying = verb.pos_ == "VERB" and verb.lemma_.lower() in lex.group("claim_denying_verbs")
            return verb if denying else None
        t = head
    return None
