"""Support a state word owns ("The minister reiterated UK support for Iraq", "reaffirmed Russian
support for Damascus", "restated Britain's support for Kyiv"): the support noun of a verb_object entry
whose possessor or modifier names a state (its name or its demonym) is that state's, and the state is
the backer, the speaker who reiterates it only the person it was found through. A possessive pronoun
("his support") or a modifier that names no state ("strong support") leaves the verb's subject the
backer."""

from __future__ import annotations

from conflictkg.nlp.events.placed_governments import placed_government
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.subjects import verb_subjects

_BACKING = "SUPPORT"
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def clause_actors(st: DocState, f: Frame) -> list[Actor]:
    """The actors of a verbal event: the state owning its support noun, else the verb's subjects, else
    the government of the event's place."""
    subjects = verb_subjects(st, f.tok, f.pred) or placed_government(st, f.tok)
    owner = _owning_state(st, f, subjects)
    return [owner] if owner is not None else subjects


def _owning_state(st: DocState, f: Frame, subjects: list[Actor]) -> Actor | None:
    if f.nominal or f.noun is None or f.pred.type != _BACKING:
        return None
    states = [st.covered[c.i] for c in f.noun.children if c.dep_ in _OWNER_DEPS and c.i in st.covered]
    state = next((m for m in states if m["kind"] == "state"), None)
    if state is None or any(a[0] == state["actor"] for a in subjects):
        return None
    speaker = next((a for a in subjects if a[2] is not None or _is_person(st, a[0])), None)
    via = None if speaker is None else speaker[2] or speaker[0]
    return (state["actor"], 0.8, via)


def _is_person(st: DocState, actor_id: str) -> bool:
    return st.actors.get(actor_id, {}).get("kind") == "person"
