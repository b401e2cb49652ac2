"""A group a state cuts off is not the state's own: "The United States cut all aid to the rebels"
names rebels of some other country, never "Unidentified Armed Group (United States)". An unnamed
group ACLED scopes to the event's country (``generic.scoped_unnamed``: no country of its own in the
phrase) that is the target of a sanction (PLOVER SANCTION: aid cut, embargo, ban) took the article's
country, which the author's own name made; it keeps no country then (the event's place may still
give it one: "cut all aid to the rebels in Syria")."""

from __future__ import annotations

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.generic import scoped_unnamed


def not_the_authors(st: DocState, f: Frame, actor_id: str, got: Actor | None) -> Actor | None:
    """``got``, the sanction's target, without the author's country an unnamed group took."""
    if got is None or f.pred.type != "SANCTION":
        return got
    rec = st.actors.get(got[0])
    author = st.actors.get(actor_id) or st.kb.get(actor_id)
    country = author.get("country") if isinstance(author, dict) else getattr(author, "country", None)
    if rec is None or not scoped_unnamed(rec) or not country or rec.get("country") != country:
        return got
    return (generic_id(st, str(rec["group"]), None), *got[1:])
