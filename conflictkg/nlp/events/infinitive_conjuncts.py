"""An infinitive coordinated with a word that is no infinitive: "a permis d'occuper une position
située près de X et de procéder à l'arrestation de ...". The parser hangs the second infinitive on
the participle nearest before it ("située"); an infinitive is coordinated with an infinitive, so its
true first conjunct is the nearest infinitive above that word ("occuper"), whose subject it shares."""

from __future__ import annotations

from spacy.tokens import Token


def infinitive_conjunct_head(tok: Token) -> Token:
    """The word ``tok`` is coordinated with: its head, or for an infinitive hung on a word that is
    no infinitive, the nearest infinitive among that word's ancestors (else the head)."""
    head = tok.head
    if tok.dep_ != "conj" or not _infinitive(tok) or _infinitive(head):
        return head
    return next((a for a in head.ancestors if _infinitive(a) and a.i < tok.i), head)


def _infinitive(tok: Token) -> bool:
    return "Inf" in tok.morph.get("VerbForm", [])
