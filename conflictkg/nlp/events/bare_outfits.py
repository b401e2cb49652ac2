"""A bare definite organisation noun as an actor ("the outfit", "the organisation", ``outfit_nouns``):
"Lashkar-e-Jhangvi claimed the attack, and the outfit said ...", "The organization claimed the
bombing, a spokesman for the TTP said". With no modifier or complement of its own it names the one
non-state armed group the article names up to the end of its sentence; with none or several, it is
ambiguous and names no one (the verb's other readings stand)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.attack_words import is_armed_group
from conflictkg.nlp.events.state import Actor, DocState

_DEFINITE = ("the", "this", "that")


def bare_outfit(st: DocState, tok: Token) -> Actor | None:
    """The armed group a bare "the outfit" or "the organisation" stands for, when only one is named."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in st.lex.group("outfit_nouns") or tok.i in st.covered:
        return None
    kids = list(tok.children)
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ not in _DEFINITE:
        return None  # "a rights organisation", "the outfit of Hafiz Saeed": not bare
    end = tok.sent.end
    groups = {
        str(m["actor"])
        for m in st.mentions
        if m["start"] < end and is_armed_group(st, str(m["actor"])) and not generic.unidentified(m["actor"])
    }
    return (groups.pop(), 0.6, None) if len(groups) == 1 else None
