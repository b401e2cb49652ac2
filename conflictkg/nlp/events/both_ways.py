"""The pairs of a symmetric or reciprocal event ("X and Y clashed", "se sont rencontrés"): each party
acts on each other one, allies on one side never on each other."""

from __future__ import annotations

from conflictkg.nlp.events.state import Actor


def each_to_each(actors: list[Actor], allies: set[frozenset[str]]) -> list[tuple[Actor, Actor]]:
    """(actor, target) for every ordered pair of distinct parties that are not allies, in the order
    the parties are told."""
    ids = list(dict.fromkeys(a[0] for a in actors))
    by_id = {a[0]: a for a in actors}
    return [
        (by_id[a], (b, 0.0, None)) for a in ids for b in ids if a != b and frozenset((a, b)) not in allies
    ]
