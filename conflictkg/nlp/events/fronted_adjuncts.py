"""Fronted place adjuncts: "Au Mali, la junte a renversé le président", "En Syrie, l'armée a bombardé
plusieurs villages". A place phrase that opens its sentence and ends at a comma sets the scene of the
whole clause: it is where every event of the clause happens, never a party to one, even when it names
the country an event is aimed at (as "au Mali" after "une aide" would)."""

from __future__ import annotations

from spacy.tokens import Token

NOMINAL = frozenset({"NOUN", "PROPN"})


def fronted(tok: Token) -> bool:
    """``tok`` is in a noun phrase that opens its sentence and a comma closes ("Dans le nord du Mali,")."""
    while tok.head.i != tok.i and tok.head.pos_ in NOMINAL:
        tok = tok.head
    sent, words = tok.sent, list(tok.subtree)
    first, last = words[0], words[-1]
    if first.i != sent.start or last.i + 1 >= sent.end:
        return False
    return tok.doc[last.i + 1].text == ","
