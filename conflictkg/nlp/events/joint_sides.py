"""Parties of one listed subject fighting one enemy are on one side: in "Britain, Jordan and the
Iraqi government are determined to defeat ISIL" or "France and Iraq vowed to defeat Daesh" each
party fights the target (nlp/events/listed_controllers.py, verb_subjects) and each cooperates with
the others (COOPERATE, the earlier named acting; told, whether the fight is done, vowed or planned,
none when it is denied). Only a fight (``joint_fight_types``), with a target that is none of them
or at a name struck as ground (events/struck_places.py: "A and B shelled X"),
read through the subject of the act's own verb or of the verb governing it; never parties the
sentence tells at odds with each other, nor an assault on civilians (soldiers and rebels killing
civilians in a crossfire share no side)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.subjects import subject_group

COOPERATE_CAMEO = "06"  # engage in material cooperation
HOSTILE = frozenset({"FIGHT", "ASSAULT", "COERCE", "CAPTURE", "THREATEN"})


def joint_sides(
    st: DocState, events: list[EventRecord], listed_subject: Callable[[Token], Token | None]
) -> list[EventRecord]:
    """``events`` of one sentence, with the cooperation of the parties of a listed subject (of an
    act's predicate: ``listed_subject``) that fight one target together."""
    types = st.lex.group("joint_fight_types")
    out = list(events)
    for e in events:
        ground = not e["target"] and (e.get("place") or {}).get("struck_name")  # "A and B shelled X"
        if e["type"].lower() not in types or not (e["target"] or ground) or not e["actor"]:
            continue
        if e["modality"] == "denied":
            continue
        subj = listed_subject(st.doc[e["pred"]])
        if subj is None:
            continue
        act = (e["pred"], e["type"], e["target"])
        fought = {o["actor"] for o in events if (o["pred"], o["type"], o["target"]) == act}
        sides = [a[0] for a in subject_group(st, subj) if a[0] in fought and a[0] != e["target"]]
        for i, a in enumerate(sides):
            for b in sides[i + 1 :]:
                if not _told(out, a, b):
                    # the list tells the sides (sides now, whether the fight is done, vowed or planned)
                    out.append({**e, "type": "COOPERATE", "cameo": COOPERATE_CAMEO, "actor": a, "target": b,
                                "via": None, "modality": "asserted", "pred": subj.i, "pred_text": subj.text,
                                "nominal": True})  # fmt: skip
    return out


def _told(events: list[EventRecord], a: str, b: str) -> bool:
    """The sentence already joins the two: as partners, or at odds (no side shared then)."""
    return any({o["actor"], o["target"]} == {a, b} and (o["type"] == "COOPERATE" or o["type"] in HOSTILE)
               for o in events)  # fmt: skip
