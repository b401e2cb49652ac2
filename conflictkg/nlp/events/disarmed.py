"""An explosive charge does nothing but go off: in "Bomb defused near school" (a headline's bare past
verb) the bomb is what was defused, not who defused it. A charge (lexicon ``explosive_means_words``)
as the subject of a bare past verb with no object, whose predicate is no attack and has a default
actor (``passive_actor``: the police defuse bombs), is the patient of an agentless passive: that
default actor acts (ACLED's disrupted weapons use)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, has_aux

PAST_TAGS = frozenset({"VBD", "VBN"})


def disarmed_charge(st: DocState, tok: Token, subj: Token, p: Predicate) -> bool:
    """``subj`` is a charge that ``tok``, a bare past verb of a non-violent predicate, was done to."""
    charge = subj.lemma_.lower() in st.lex.group("explosive_means_words")
    return charge and _bare_past(tok) and p.passive_actor is not None and p.type not in VIOLENT_TYPES


def charge_subjects(st: DocState, tok: Token) -> set[str]:
    """The charge a bare past verb with no object follows, as the object it needs ("Bomb defused")."""
    subj = first_child(tok, SUBJ)
    lemma = subj.lemma_.lower() if subj is not None else ""
    return {lemma} if _bare_past(tok) and lemma in st.lex.group("explosive_means_words") else set()


def _bare_past(tok: Token) -> bool:
    """A past verb with no auxiliary and no object: a headline's agentless passive ("Bomb defused")."""
    return tok.tag_ in PAST_TAGS and not has_aux(tok) and first_child(tok, OBJ) is None
