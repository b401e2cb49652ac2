"""Spoils: "killed five militants and seized weapons": property seized or burnt by the actor of a
fight told in the same sentence is that operation's spoils, not an event of its own; so is property an
unnamed armed group seizes or burns after an attack the article told ("The militants burned the
station"). A verb of destroying or plundering property coordinated with the fight verb ("killed 15
civilians and set fire to several shops", "..., then looted the market") is a second act told of its
own, though: ACLED codes the destruction apart; a seizure ("and seized weapons") stays spoils."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import PROPERTY_CAMEO, DocState, EventRecord


def without_spoils(st: DocState, events: list[EventRecord], told: list[EventRecord]) -> list[EventRecord]:
    """``events`` (a sentence's; ``told``, the article's before) less the spoils of a fight."""
    violent = {e["actor"] for e in events if e["type"] in VIOLENT_TYPES}
    if any(e["type"] in VIOLENT_TYPES for e in told):
        violent |= {a for a, rec in st.actors.items() if rec.get("group") == "armed"}
    fights = {(e["pred"], e["actor"]): e for e in events if e["type"] in VIOLENT_TYPES and not e["nominal"]}
    out = []
    for e in events:
        if not (e["type"] == "COERCE" and e["cameo"] == PROPERTY_CAMEO and e["actor"] in violent):
            out.append(e)  # a seizure only: "burned two women alive" is an assault, not spoils
            continue
        fight = _second_act(st, e, fights)
        if fight is not None:  # where the fight was, when the second verb names no place of its own
            out.append({**e, "place": e["place"] or fight["place"]})
    return out


def _second_act(
    st: DocState, e: EventRecord, fights: dict[tuple[int, str], EventRecord]
) -> EventRecord | None:
    """The fight of the same actor whose verb a destruction verb of its own (no seizure) is coordinated
    after ("broke into a shop and killed the owner": the break-in is the killing's way in)."""
    f = st.frames.get(e["pred"])
    if f is None or f.nominal or f.pred.type != "COERCE":
        return None
    verb: Token = f.tok
    told = [fights[(c.i, e["actor"])] for c in verb.conjuncts if c.i < verb.i and (c.i, e["actor"]) in fights]
    return told[0] if told else None
