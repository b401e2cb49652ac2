"""Weapons brought down: "air defences shot down a Houthi drone". Bringing down an unmanned
weapon (the lexicon's ``unmanned_weapons``) with a verb of ``downing_verbs`` and its particle 'down'
is disrupted weapons use, as intercepting one is (COERCE, CAMEO 170, ACLED's sub-event), not a
fight; a helicopter or a plane shot down, with its crew, stays a fight. The weapons' launcher, when
the text names it ("20 Russian drones", "a missile fired by the Houthis"), is whose weapons use is
disrupted: the target; with none named, the event has none."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, prep_args

DISRUPTED_CAMEO = "170"
DOWN = "down"
PARTICLE_DEPS = frozenset({"prt", "advmod"})  # "shot down": the parser may read 'down' as an adverb
LAUNCH_DEPS = frozenset({"acl", "relcl", "acl:relcl"})  # "a drone launched by X"


def downed_weapons(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the fights that bring down an unmanned weapon made disrupted weapons use,
    aimed at the weapons' launcher when named."""
    return [_launcher(st, _in_airspace(st, _downed(st, e))) for e in events]


def _downed(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] != "FIGHT" or e["nominal"]:
        return e
    verb = st.doc[e["pred"]]
    if verb.lemma_.lower() not in st.lex.group("downing_verbs"):
        return e
    if not any(c.dep_ in PARTICLE_DEPS and c.lower_ == DOWN for c in verb.children):
        return e
    if not _weapons(st, verb):
        return e
    return {**e, "type": "COERCE", "cameo": DISRUPTED_CAMEO, "target": None}


def _in_airspace(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] != "COERCE" or e["cameo"] != DISRUPTED_CAMEO or e["place"] is not None or e["nominal"]:
        return e
    return {**e, "place": _airspace(st, st.doc[e["pred"]])}


def _airspace(st: DocState, verb: Token) -> dict[str, Any] | None:
    """The place whose airspace the weapons were brought down in ("shot down drones over Kyiv"; the
    parser may hang "over Kyiv" on the weapon)."""
    preps = st.lex.group("airspace_preps")
    heads = [verb, *_weapons(st, verb)]
    return next(
        (got for h in heads for p, c in prep_args(h) if p in preps and (got := place_np(st, c))), None
    )


def _weapons(st: DocState, verb: Token) -> list[Token]:
    weapons = st.lex.group("unmanned_weapons")
    return [c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in weapons]


def _launcher(st: DocState, e: EventRecord) -> EventRecord:
    """The named launcher of the weapons a disrupted weapons use brings down, as its target."""
    if e["type"] != "COERCE" or e["cameo"] != DISRUPTED_CAMEO or e["target"] is not None or e["nominal"]:
        return e
    agents = st.lex.group("agent_preps")
    for weapon in _weapons(st, st.doc[e["pred"]]):
        named = [c for c in weapon.children if c.dep_ in ("amod", "compound", "poss")]
        named += [a for c in weapon.children if c.dep_ in LAUNCH_DEPS for p, a in prep_args(c) if p in agents]
        for tok in named:
            got = np_actor(st, tok)
            if got is not None and got[0] != e["actor"]:
                return {**e, "target": got[0]}
    return e
