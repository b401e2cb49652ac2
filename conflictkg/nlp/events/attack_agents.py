"""An attack told as the agent of a passive by its owner ("Aleppo was hit by regime bombardment",
"Homs was reduced to rubble by regime shelling"): the agent phrase names an attack noun, not an
actor, so the passive's actor falls to an unnamed armed group; the noun's owner (a
mention modifying it: "regime", "Russian", "the army's") is who attacked. A ruling noun's state
("regime") attacks as its military, as "the regime shelled X" does (nlp/events/ruling_agents.py).
An agent phrase with no owner ("hit by shelling") keeps the default."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id, mention_actor
from conflictkg.nlp.events.held_targets import event_country
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import is_passive, prep_args

_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def attack_agents(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    for e in events:
        if e["type"] in VIOLENT_TYPES and not e["nominal"] and is_passive(st.doc[e["pred"]]):
            owner = _owner(st, e, st.doc[e["pred"]])
            if owner is not None:
                e["actor"] = owner
    return events


def _owner(st: DocState, e: EventRecord, verb: Token) -> str | None:
    agents = st.lex.group("agent_preps")
    for prep, noun in prep_args(verb):
        pred = st.lex.nouns.get(noun.lemma_.lower())
        if prep not in agents or pred is None or pred.type not in VIOLENT_TYPES:
            continue
        for c in noun.children:
            m = st.covered.get(c.i) if c.dep_ in _OWNER_DEPS else None
            rec = st.actors.get(m["actor"]) or {} if m is not None else {}
            if c.dep_ in _OWNER_DEPS and c.lemma_.lower() in st.lex.group("regime_nouns"):
                country = rec.get("country") if rec.get("kind") in STATE_KINDS else event_country(st, e)
                return generic_id(st, "military", str(country) if country else None)  # placed later
            if m is not None:
                return mention_actor(st, m)[0]
    return None
