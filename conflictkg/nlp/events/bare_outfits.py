"""A bare definite organisation noun as an actor ("the outfit", "the organisation", ``outfit_nouns``):
"Lashkar-e-Jhangvi claimed the attack, and the outfit said ...", "The organization claimed the
bombing, a spokesman for the TTP said". With no modifier or complement of its own it names the one
organisation the article names up to the end of its sentence (states, people, state forces and generic
groups aside) when that one is a non-state armed group; with none, or another organisation named
("the UN condemned the attack by al-Shabaab, and the organisation called for ..."), it is ambiguous
and names no one (the verb's other readings stand)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.attack_words import is_armed_group
from conflictkg.nlp.events.state import Actor, DocState

_DEFINITE = ("the", "this", "that")
_NOT_ORGANISATIONS = ("state", "person", "military", "police", "government")


def bare_outfit(st: DocState, tok: Token) -> Actor | None:
    """The armed group a bare "the outfit" or "the organisation" stands for, when only one is named."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in st.lex.group("outfit_nouns") or tok.i in st.covered:
        return None
    kids = list(tok.children)
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ not in _DEFINITE:
        return None  # "a rights organisation", "the outfit of Hafiz Saeed": not bare
    end = tok.sent.end
    named = {str(m["actor"]) for m in st.mentions if m["start"] < end and _organisation(st, str(m["actor"]))}
    if len(named) != 1:
        return None  # none, or another organisation it may be ("the UN ... the organisation said")
    (only,) = named
    return (only, 0.6, None) if is_armed_group(st, only) and not generic.unidentified(only) else None


def _organisation(st: DocState, actor_id: str) -> bool:
    """An organisation named by a name of its own: no state, person, state force or generic group."""
    rec = st.actors.get(actor_id)
    return rec is not None and not rec.get("group") and rec.get("kind") not in _NOT_ORGANISATIONS
