"""Who took hostages that the text says were taken by no one named: the armed group that threatens
the same captives in the article ("trois journalistes ont été enlevés à Bagdad" and, in another
sentence, "des militants islamistes ont diffusé une vidéo où ils les menaçaient de mort": the
militants took them, as a reader and our gold read it). An abduction (its verb one of the shared
``abduction_verbs``) whose actor is the unidentified armed group an agentless passive defaults to
takes as its actor the one armed group that threatens its target in a THREATEN event of the same
article. Two groups threatening the captives, or none, leave the abduction as it was."""

from __future__ import annotations

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.attack_words import is_armed_group
from conflictkg.nlp.events.state import DocState, EventRecord

ABDUCTION_VERBS = shared_words("abduction_verbs")


def named_captors(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    threats = [e for e in events if e["type"] == "THREATEN" and e["target"] is not None]
    return [_with_captor(st, e, threats) for e in events]


def _with_captor(st: DocState, e: EventRecord, threats: list[EventRecord]) -> EventRecord:
    if e["type"] != "ASSAULT" or e["target"] is None or not _unnamed_abductor(st, e):
        return e
    captors = {t["actor"] for t in threats if t["target"] == e["target"] and is_armed_group(st, t["actor"])}
    captors.discard(e["actor"])
    return {**e, "actor": captors.pop(), "via": None} if len(captors) == 1 else e


def _unnamed_abductor(st: DocState, e: EventRecord) -> bool:
    tok = st.doc[e["pred"]]
    if tok.lemma_.lower() not in ABDUCTION_VERBS and tok.lower_ not in ABDUCTION_VERBS:
        return False
    return e["pred"] in st.defaulted and st.actors.get(e["actor"], {}).get("group") == "armed"
