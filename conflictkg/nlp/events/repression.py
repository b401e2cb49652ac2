"""Force against protesters (ACLED: excessive force against protesters): state forces that shoot,
beat or kill protesters repress a protest (COERCE, CAMEO 175); it is no fight between armed sides."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _generic
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args

REPRESSION_CAMEO = "175"
STATE_FORCE_KINDS = frozenset({"police", "military"})
CROWD_GROUPS = frozenset({"protesters", "rioters"})
VIOLENT_TYPES = frozenset({"FIGHT", "ASSAULT"})


def repressions(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    return [_repressed(st, e) for e in events]


def _repressed(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] not in VIOLENT_TYPES or e["target"] is None or e["nominal"] or _symmetric(st, e):
        return e  # a clash between police and protesters is a riot's, told on both sides
    if st.actors.get(e["actor"], {}).get("kind") not in STATE_FORCE_KINDS:
        return e
    target = st.actors.get(e["target"], {})
    if target.get("group") in CROWD_GROUPS:
        return {**e, "type": "COERCE", "cameo": REPRESSION_CAMEO}
    if target.get("group") == "civilians" and _crowd_patient(st, st.doc[e["pred"]]):
        # "three protesters were shot dead by police": the victims are protesters, not bystanders
        crowd = _generic(st, "protesters", target.get("country"))
        return {**e, "type": "COERCE", "cameo": REPRESSION_CAMEO, "target": crowd}
    return e


def _symmetric(st: DocState, e: EventRecord) -> bool:
    frame = st.frames.get(e["pred"])
    return frame is not None and frame.pred.symmetric


def _crowd_patient(st: DocState, pred: Token) -> bool:
    patients = [c for c in pred.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    patients += [c for _, c in prep_args(pred)]
    return any(_is_crowd(st, c) for c in patients)


def _is_crowd(st: DocState, noun: Token) -> bool:
    """A protester noun ('demonstrators'), or people named by their protest ('protesting students')."""
    if st.lex.generic.get(noun.lemma_.lower()) in CROWD_GROUPS:
        return True
    protest_verbs = {v for v, p in st.lex.verbs.items() if p.type == "PROTEST"}
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in protest_verbs for c in noun.children)
