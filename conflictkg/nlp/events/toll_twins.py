"""An attack and the toll told by its participle, read as one event (round casemiss87).

"Two suicide bombers attacked a wedding party in X, killing 18 people": the attack verb, which names
no party, and the participle counting its dead are the same act; the untargeted attack of the
participle's type is not kept beside the toll's targeted one. "A suicide car bomb rammed into a
military convoy in X, wounding 12 soldiers": the participle counts the victims of the act it hangs on;
a fight it gives on the same target is that act, kept once, as the act's assault. An attack of another
type on no one ("gunmen attacked a market, killing five people": a fight, then the civilians' assault)
keeps both, as the gold conventions code an attack on a site beside its toll."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord

_VIOLENT = ("FIGHT", "ASSAULT")


def without_toll_twins(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the rows an attack and its toll participle tell twice."""
    return [e for e in events if not any(_twin(st, e, o) for o in events if o is not e)]


def _twin(st: DocState, e: EventRecord, o: EventRecord) -> bool:
    """``e`` is told again by ``o``, the same actor's act at the same place, one of them the toll
    participle of the other."""
    if e["type"] not in _VIOLENT or o["type"] not in _VIOLENT or e["nominal"] or o["nominal"]:
        return False
    if e["actor"] != o["actor"] or _where(e) != _where(o) or o["target"] is None:
        return False
    if not (_toll_of(st, e["pred"], o["pred"]) or _toll_of(st, o["pred"], e["pred"])):
        return False
    if e["target"] is None:  # "attacked a wedding party, killing 18 people"
        return e["type"] == o["type"]
    return e["target"] == o["target"] and e["type"] == "FIGHT" and o["type"] == "ASSAULT"


def _toll_of(st: DocState, toll: int, act: int) -> bool:
    """The token ``toll`` is a present participle hung on the verb ``act`` ("..., killing 18 people")."""
    tok = st.doc[toll]  # after it: "Shelling the village, the soldiers killed two rebels" is no toll
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i == act and tok.i > act


def _where(e: EventRecord) -> tuple[object, object] | None:
    """The place mention of ``e`` (whether it was inferred or not)."""
    place = e["place"]
    return (place.get("name"), place.get("start")) if place is not None else None
