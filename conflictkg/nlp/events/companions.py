"""Companions of an actor: "the police, escorted by foreign troops, detained X": those who
came along (the lexicon's ``companion_verbs``, a participle on the subject with its agent) cooperate
with the actor and share its act."""

from __future__ import annotations

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, first_child, prep_args

COOPERATE_CAMEO = "06"  # engage in material cooperation


def with_companions(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, each followed by its companions' cooperation and share of it."""
    verbs, agents = st.lex.group("companion_verbs"), st.lex.group("agent_preps")
    if not verbs:
        return events
    out: list[EventRecord] = []
    for e in events:
        out.append(e)
        subj = first_child(st.doc[e["pred"]], SUBJ)
        came = [c for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in verbs] if subj else []
        for prep, c in (arg for verb in came for arg in prep_args(verb)):
            got = np_actor(st, c) if prep in agents else None
            if got is None or got[0] in (e["actor"], e["target"]):
                continue
            shared: EventRecord = {**e, "actor": got[0], "via": got[2]}
            if not any(o["type"] == "COOPERATE" and o["actor"] == got[0] for o in out):
                out.append({**shared, "type": "COOPERATE", "cameo": COOPERATE_CAMEO, "target": e["actor"]})
            out.append(shared)
    return out
