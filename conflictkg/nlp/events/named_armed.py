"""The one test of "a non-state armed group named by a name of its own", which an anaphor standing for
an armed group reads its antecedent by ("Ansaru is active in Kano. The militants ...", "Boko Haram is
active in Borno. The group attacked ..."): ``named_before`` and ``organisation_anaphors``.

A mention names one when it is no demonym ("Malian"), no anaphor itself ("the rebels"), it holds a
proper noun ("Lashkar-e-Taiba militants", "ADF"; not "troops" read as some group), and its actor is a
non-state armed group (``attack_words.is_armed_group``: an armed group or a militia whose name has no
``state_force_words``), neither a generic group of the lexicon nor an unidentified one."""

from __future__ import annotations

from conflictkg.nlp import generic
from conflictkg.nlp.events.attack_words import is_armed_group
from conflictkg.nlp.events.state import DocState, Mention


def names_armed_group(st: DocState, m: Mention) -> bool:
    """``m`` names a non-state armed group by a name of its own."""
    if m["demonym"] or m.get("anaphor") or not any(t.pos_ == "PROPN" for t in st.doc[m["start"] : m["end"]]):
        return False  # no name in it: "troops" read as a state's army
    actor_id = str(m["actor"])
    rec = st.actors.get(actor_id)
    if rec is None or rec.get("group") or generic.unidentified(actor_id):
        return False  # a generic group of the lexicon, an unidentified one: no name
    return is_armed_group(st, actor_id)
