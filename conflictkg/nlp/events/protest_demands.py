"""A crowd's demand told as the purpose or the participle of its protest or riot: "demonstrators hurled
rocks at police and set tyres ablaze to demand the resignation of X", "police broke up a sit-in by
garment workers demanding a pay rise". The demand, whose verb is non-finite and whose actor is the
unnamed crowd (protesters, rioters or civilians) of the country whose crowd protests or riots in the
same sentence, is what that protest is held for, no event of its own: the protest takes its target
when it has none (round case83). A finite demand ("villagers demanded compensation") stays an event.
A purpose infinitive hung on the protest verb itself is the protest's, whoever the parser makes its
actor ("des milliers de Colombiens ont manifesté pour soutenir le président": the protesters', not
Colombia's): a demand so told is the protest's cause as above, and a support so told is the
protesters' backing (round frstyle86)."""

from __future__ import annotations

from conflictkg.nlp.events.state import PURPOSE_TYPES, DocState, EventRecord
from conflictkg.nlp.events.tree import nonfinite

CROWD_GROUPS = frozenset({"protesters", "rioters"})
CAUSE_TYPES = PURPOSE_TYPES | {"SUPPORT"}  # a purpose infinitive of the protest verb: the crowd's
DEMANDING_GROUPS = frozenset({"protesters", "rioters", "civilians"})


def without_crowd_demands(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the non-finite demands of a crowd whose protest the sentence tells."""
    protests = [e for e in events if e["type"] == "PROTEST" and _group(st, e["actor"]) in CROWD_GROUPS]
    kept: list[EventRecord] = []
    for d in events:
        protest = _protest_of(st, d, protests)
        if protest is None:
            kept.append(d)
        elif d["type"] not in PURPOSE_TYPES:  # "ont manifesté pour soutenir X": the protesters back X
            kept.append({**d, "actor": protest["actor"]})
        elif (
            d["type"] in PURPOSE_TYPES
            and protest["target"] is None
            and d["target"] is not None
            and _aimed_at_authority(st, d)
        ):
            protest["target"] = d["target"]
    return kept


def _protest_of(st: DocState, d: EventRecord, protests: list[EventRecord]) -> EventRecord | None:
    if d["type"] in CAUSE_TYPES and not d["nominal"] and nonfinite(st.doc[d["pred"]]):
        pred = st.doc[d["pred"]]
        held = [p for p in protests if p["pred"] == pred.head.i != pred.i and not p["nominal"]]
        if len(held) == 1:
            return held[0]  # "ont manifesté pour réclamer X": the protest's
    if d["type"] not in PURPOSE_TYPES or d["nominal"] or _group(st, d["actor"]) not in DEMANDING_GROUPS:
        return None
    if not nonfinite(st.doc[d["pred"]]):
        return None
    country = st.actors.get(d["actor"], {}).get("country")
    same = [p for p in protests if st.actors.get(p["actor"], {}).get("country") == country]
    return same[0] if len(same) == 1 else None


def _aimed_at_authority(st: DocState, d: EventRecord) -> bool:
    """A demand aimed at no crowd ("to demand the release of students" is not aimed at them)."""
    return _group(st, d["target"]) not in DEMANDING_GROUPS


def _group(st: DocState, actor_id: str | None) -> object:
    return st.actors.get(actor_id or "", {}).get("group")
