"""The goal of a fight or a promise: a clause of "until" ("vowed to fight until they take Kidal",
"jusqu'à ce qu'ils prennent Kidal") tells how long the act is to go on, not an act done. When the
verb it hangs on is a promise ("swore to fight until they gain control of X") or is itself not
asserted ("will fight until ..."), the clause's act is hypothetical (nlp/modality.py); under an act
told as done ("fought until the army retook the town") it stays asserted."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def until_governor(tok: Token, lex: Lexicon) -> Token | None:
    """The verb an ``until_marks`` clause headed by ``tok`` hangs on, if it is one: an adverbial
    clause marked "until" (English), or a relative clause on "ce" after "jusqu'à" (the French parse
    of "jusqu'à ce que")."""
    marks = lex.group("until_marks")
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
        return tok.head
    h = tok.head
    relative = tok.dep_ in ("acl:relcl", "relcl") and h.pos_ == "PRON" and h.i != tok.i
    if relative and any(c.dep_ == "case" and c.lower_ in marks for c in h.children):
        return h.head
    return None


def promise_verb(tok: Token, lex: Lexicon) -> bool:
    """ "pledge", "vow", "swear", "jurer": a verb that embeds a promise, or a modal verb of intent."""
    entry = lex.verbs.get(tok.lemma_.lower())
    return (entry is not None and entry.embeds == "promise") or tok.lemma_.lower() in lex.group("modal_verbs")
