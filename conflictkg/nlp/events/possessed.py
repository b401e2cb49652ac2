"""A state's own force named by a possessive ("le régime a couvert ses services de sécurité", "sa
police"): the generic group of that state's country for a class of groups.json marked
possessed_by_state, instead of the state itself."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.state import Actor, DocState, Mention
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.name_spans import group_of

STATE_KINDS = frozenset({"state", "government"})
NAMED_NOT_GROUPS = frozenset({"state", "person"})


def own_force(st: DocState, noun: Token, owner: Actor | None) -> Actor | None:
    """The owner's force of the class ``noun`` names, when the owner is a state (a possessor that is
    none, the last state named before: only a state has such a force); else the owner."""
    group = group_of(noun, st.lex, {}, [])
    if group is None or not generic.classes().get(group, {}).get("possessed_by_state"):
        return owner
    rec = st.actors.get(owner[0], {}) if owner is not None else {}
    if rec.get("kind") not in STATE_KINDS:
        states = [m for m in st.mentions if m["start"] < noun.i and _kind(st, m["actor"]) in STATE_KINDS]
        rec = st.actors.get(states[-1]["actor"], {}) if states else rec
    country = rec.get("country")
    if owner is None or rec.get("kind") not in STATE_KINDS or not country:
        return owner
    state = st.kb.state(str(country))
    entry = generic_entry(group, str(country), state.name if state is not None else None, st.kb)
    st.actors.setdefault(entry.id, generic.record(entry))
    return (str(entry.id), owner[1], None)


def _kind(st: DocState, actor_id: str) -> str | None:
    kind = st.actors.get(actor_id, {}).get("kind")
    return str(kind) if kind else None


def counterpart(st: DocState, noun: Token) -> bool:
    """ "son homologue tchadien": a counterpart (roles) is never its possessor's; the demonym that
    qualifies it names whose it is (a bare "son homologue" stays unresolved by this)."""
    if st.lex.roles.get(noun.lemma_.lower()) != "counterpart":
        return False
    return any(c.dep_ in ("amod", "nmod", "compound") and c.i in st.covered for c in noun.children)


def named_possessed(st: DocState, noun: Token) -> Mention | None:
    """The mention of an organisation named as the modifier of a possessed noun ("its African Union
    partners", "their NATO allies"): the group the noun names, not its possessor's. A state or a
    person named there ("its Mali operations") is no such group."""
    names = (st.covered.get(c.i) for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return next((m for m in names if m is not None and m["kind"] not in NAMED_NOT_GROUPS), None)
