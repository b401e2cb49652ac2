"""A person, not his state, as the target of his own state's organs (issue 14): "la justice malienne
a émis un mandat d'arrêt contre M. X", X presented before as the former head of the Malian
government. A person's mention stands for the organisation his role gives him (the state he heads
or served), which is right when he acts; but when the actor is a body of that same state that
pursues persons (its judiciary, its police), the state is no target of its own organ: the person is.
Its army handing power to the president, or rallying to him, still deals with the state he heads.
The person is the one the event's clause names (a mention in the predicate's subtree whose
organisation is the target). A state's own military fighting or assaulting that state is no reading
either ("He was killed in a raid conducted by the US military": the "US" of its name is no target):
the person the clause names, else no target."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord

_STATE = "state"
_ORGANS = frozenset({"judiciary", "police"})  # bodies that pursue persons, never a state's leaders' side
_FORCES = frozenset({"military"})  # a state's own forces: never at war with their state
_HOSTILE = frozenset({"FIGHT", "ASSAULT"})


def own_state_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with a state targeted by its own organ turned to the person the clause names."""
    return [_person_targeted(st, e) for e in events]


def _person_targeted(st: DocState, e: EventRecord) -> EventRecord:
    target, actor = st.actors.get(e["target"] or ""), st.actors.get(e["actor"])
    if target is None or actor is None or target.get("kind") != _STATE:
        return e
    forces = actor.get("kind") in _FORCES and e["type"] in _HOSTILE
    if actor.get("kind") not in _ORGANS and not forces:
        return e
    if not target.get("country") or actor.get("country") != target.get("country"):
        return e
    pred = st.doc[e["pred"]]
    people = [
        m for t in pred.subtree if (m := st.covered.get(t.i)) is not None and t.i == m["head"]
        and m["kind"] == "person" and m.get("org") == e["target"]
    ]  # fmt: skip
    if len(people) == 1:
        return {**e, "target": people[0]["actor"]}
    return {**e, "target": None} if forces else e
