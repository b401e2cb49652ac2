"""The toll of force against a crowd, told as a participle on its verb ("police lathicharged protesting
job aspirants, injuring a dozen of them", "beat protesting students, injuring ten"): the injuring is
the force told, no second act of the forces aimed at no one. A violent act of state forces with no
target whose verb hangs as a clause on the verb of their coercion of protesters or rioters, by the
same actor, is dropped (round protest82)."""

from __future__ import annotations

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, EventRecord

CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})
CROWD_GROUPS = frozenset({"protesters", "rioters"})


def force_tolls(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    coerced = {
        (e["pred"], e["actor"]) for e in events
        if e["type"] == "COERCE" and st.actors.get(e["target"] or "", {}).get("group") in CROWD_GROUPS
    }  # fmt: skip
    return [e for e in events if not _toll(st, e, coerced)]


def _toll(st: DocState, e: EventRecord, coerced: set[tuple[int, str]]) -> bool:
    if e["type"] not in VIOLENT_TYPES or e["target"] is not None or e["nominal"]:
        return False
    verb = st.doc[e["pred"]]
    return verb.dep_ in CLAUSE_DEPS and (verb.head.i, e["actor"]) in coerced
