"""An agentless assault told at a place of its own is an event of its own, not the toll of the
attack told before ("Un lycéen a été agressé hier. (...) Trois jeunes ont été agressés à Villeurbanne
le mois dernier", "deux journalistes ont été enlevés à Bagdad"): actors.py's ``toll_of_told`` reads
an agentless violent passive after a violent event as what that event cost ("deux soldats ont été
tués"), which holds for the dead and wounded of a fight, not for a verb of assault (PLOVER ASSAULT:
abducting, assaulting, executing someone) whose clause names a place no violent event told so far
named: that is another scene, the unnamed attacker's assault there."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.places import place_of_event
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.toll_places import toll_told

_VIOLENT = ("FIGHT", "ASSAULT", "CAPTURE")


def own_scene(st: DocState, tok: Token, p: Predicate) -> bool:
    """Whether the agentless assault ``tok`` tells names a place of its own, none told before."""
    frame = st.frames.get(tok.i)
    if p.type != "ASSAULT" or frame is None:
        return False
    place = place_of_event(st, frame)
    name = place.get("name") if place is not None and not place.get("inferred") else None
    if not name:
        return False
    told = {(e["place"] or {}).get("name") for e in st.done if e["type"] in _VIOLENT}
    return name not in told


def toll_scene(st: DocState, tok: Token, p: Predicate) -> bool:
    """Whether the agentless violence ``tok`` tells may be the toll of the attack told before: not an
    assault at a scene of its own. That attack, told with no place, takes the toll's (toll_places.py)."""
    return not own_scene(st, tok, p) and toll_told(st, tok)
