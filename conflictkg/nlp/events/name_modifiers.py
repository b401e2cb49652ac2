"""Names coordinated inside a group noun's modifier: in "Al-Shabaab and ISIS fighters stormed a hotel"
the English parser makes "Al-Shabaab" a name modifier (nmod, compound) of "fighters" and "ISIS" its
conjunct, so the fighters read as Al-Shabaab's alone. ``name_modifiers`` gives a noun's name modifiers
that have conjuncts, whose conjuncts ``subject_group`` then reads as parties of their own, as it reads
those of an adjective ("soldats tchadiens et nigériens"), and ``named_conjuncts`` each target
coordinated inside a name ("attacked Al-Shabaab and ISIS fighters")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

MODIFIERS = frozenset({"nmod", "compound"})
CONJUNCT = "conj"


def name_modifiers(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if c.dep_ in MODIFIERS
        and c.pos_ == "PROPN"
        and c.i < noun.i
        and any(g.dep_ == CONJUNCT for g in c.children)
    ]


def named_conjuncts(st: DocState, tok: Token) -> list[Token]:
    """The conjuncts of a name's words or of its noun's name modifiers: "attacked Al-Shabaab and ISIS
    fighters", where "Al" heads the name and "ISIS" is the conjunct of "Shabaab"."""
    words = [st.doc[i] for i, m in st.covered.items() if m["head"] == tok.i]
    return [c for t in [*words, *name_modifiers(tok)] for c in t.conjuncts if c.i != tok.i]
