"""Subjects on one side: "Afghan forces and NATO troops clashed with the Taliban". A symmetric verb
whose coordinated subjects fight a partner named in its own argument ('with X') pairs each subject
with that partner; the subjects stand together and do not fight each other. With no partner named
("the army and the rebels clashed") the subjects are the two sides. Brokers named together ("un
cessez-le-feu négocié par Washington et Paris") stand together too (events/brokers.py)."""

from __future__ import annotations

from conflictkg.nlp.events.brokers import co_brokers
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.targets import event_target


def allied_against(st: DocState, f: Frame, actors: list[Actor]) -> bool:
    """The coordinated subjects ``actors`` of the verb of ``f`` face a partner of their own."""
    if f.nominal or len(actors) < 2:
        return False
    if co_brokers(st, f):
        return True
    ids = {a[0] for a in actors}
    partner = event_target(st, f, actors[0][0])
    return partner is not None and partner[0] not in ids
