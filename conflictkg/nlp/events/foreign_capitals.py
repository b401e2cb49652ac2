"""A capital fired on by another state's forces ("Russian forces fired shells at Kyiv", "Syrian jets
bombed Beirut"): the state the capital stands for is the target, the capital the place. Fired on by
its own state's forces or by an armed group ("les talibans ont tiré des roquettes sur Kaboul"), the
capital stays a place only (nlp/events/weapons.capital_fired_on)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.weapons import capital_fired_on

_STATE_SIDE_KINDS = frozenset({"state", "military", "police"})


def capital_as_place(st: DocState, c: Token, kind: str, actor_id: str | None) -> bool:
    """``c`` is a capital fired on that is a place only: not one a foreign state's forces hit."""
    return capital_fired_on(st, c, kind) and not _struck_from_abroad(st, c, actor_id)


def _struck_from_abroad(st: DocState, c: Token, actor_id: str | None) -> bool:
    actor = st.actors.get(actor_id or "")
    m = st.covered.get(c.i)
    if actor is None or m is None or not actor.get("country"):
        return False
    if actor.get("kind") not in _STATE_SIDE_KINDS and not st.kb.is_army(str(actor["id"])):
        return False
    capital_state = st.actors.get(m["actor"])
    return capital_state is not None and capital_state.get("country") not in (None, actor["country"])
