"""A group a state cuts off or strikes is not the state's own: "The United States cut all aid to
the rebels" and "The United States struck militants near X" name armed men of some other country,
never the unidentified armed group of the United States. An unnamed group ACLED scopes to the event's
country (``generic.scoped_unnamed``: no country of its own in the phrase) that is the target of a
sanction (PLOVER SANCTION: aid cut, embargo, ban), or of an attack by a state named as a whole
(kind ``state``: "the United States", "Israel", "a US drone"), took the article's country, which
the author's own name made; it keeps no country then (the event's place may still give it one:
"cut all aid to the rebels in Syria", "Israel struck militants in Gaza"). A state's army striking
an unnamed group fights at home as before ("the Nigerian army struck the militants":
``generic.unplaced_target``). Brokers named together are no target of each other (events/brokers.py)."""

from __future__ import annotations

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.brokers import co_brokers
from conflictkg.nlp.events.own_grievances import own_grievance
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.generic import scoped_unnamed


def _field(rec: object, name: str) -> object:
    return rec.get(name) if isinstance(rec, dict) else getattr(rec, name, None)


def not_the_authors(st: DocState, f: Frame, actor_id: str, got: Actor | None) -> Actor | None:
    """``got``, the sanction's or a state's strike's target, without the author's country an
    unnamed group took."""
    got = own_grievance(st, f, got)  # "pour protester contre leur détention": no target
    if not f.nominal and co_brokers(st, f):
        return None  # "négocié par Washington et Paris": each brokers, neither talks with the other
    if got is None:
        return got
    author = st.actors.get(actor_id) or st.kb.get(actor_id)
    struck = f.pred.type in VIOLENT_TYPES and _field(author, "kind") == "state"
    if f.pred.type != "SANCTION" and not struck:
        return got
    rec = st.actors.get(got[0])
    country = _field(author, "country")
    if rec is None or not scoped_unnamed(rec) or not country or rec.get("country") != country:
        return got
    return (generic_id(st, str(rec["group"]), None), *got[1:])
