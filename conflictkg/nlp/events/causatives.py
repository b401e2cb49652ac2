"""A verb under a causative ("faire capituler", "a fait arrêter un journaliste"): whose act it is.
Under "faire" an embedded verb that has no object is done by the one made to act ("faire capituler les
rebelles": the rebels give in), so it is no act of the causer's; a verb whose target is its object and
that has one, under a causative of ordering (``ordering_causatives``: "faire", not "laisser"), is done
on the causer's order, the causer's act ("la junte a fait arrêter un journaliste": the junta arrests
him; round frstyle89). A reflexive causative is no order ("un soldat s'est fait tuer": he was killed);
the lexicon's self-causative verbs keep their own reading ("s'est fait exploser", "a fait sauter")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, first_child, is_reflexive

_CAUSATIVE_DEPS = frozenset({"aux", "dep", "aux:caus"})


def causer_acts(st: DocState, tok: Token, p: Predicate) -> bool:
    """Whether the verb ``tok`` (read as ``p``) is an event of its own or of its causer: True with no
    causative above it, or when the causer orders the act done to its object."""
    has_object = first_child(tok, OBJ) is not None
    if p.self_causative and (is_reflexive(tok) or has_object):
        return True  # "un kamikaze s'est fait exploser": his own act; "a fait exploser une bombe" too
    causes = [
        c for c in tok.children if c.dep_ in _CAUSATIVE_DEPS and c.lemma_.lower() in st.lex.group("causative")
    ]
    if not causes:
        return True
    ordering = st.lex.group("ordering_causatives")
    ordered = any(c.lemma_.lower() in ordering and not is_reflexive(c) for c in causes)
    return ordered and has_object and "obj" in p.target and not is_reflexive(tok)
