"""Crowds and force (ACLED's protest and riot sub-events).

- Force against protesters: state forces that shoot, beat or kill protesters repress a protest
  (COERCE, CAMEO 175); it is no fight between armed sides.
- Protest with intervention: state forces that disperse, block or arrest protesters without
  lethal force meet a protest: the protesters' PROTEST is coded beside the forces' COERCE, as ACLED
  codes the protest (its actor the protesters, the forces the other side).
- Violent demonstration: protesters who burn or wreck property, or fight the police, riot (PROTEST,
  CAMEO 145, by ACLED's "Rioters (X)"); so do people told as rioting or acting in protest.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _generic
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.targets import country_state
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, prep_args

REPRESSION_CAMEO = "175"
RIOT_CAMEO = "145"
PROTEST_CAMEO = "14"
PROPERTY_CAMEO = "171"
STATE_FORCE_KINDS = frozenset({"police", "military"})
CROWD_GROUPS = frozenset({"protesters", "rioters"})
VIOLENT_TYPES = frozenset({"FIGHT", "ASSAULT"})


def repressions(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    coded = [_rioting(st, _repressed(st, _person_arrested(st, e))) for e in events]
    return coded + _protests_met(st, coded)


def _person_arrested(st: DocState, e: EventRecord) -> EventRecord:
    """ "X a été arrêté dans la zone de Y" with no agent: a named person is held by the state of
    the country, many unnamed people by its police (the passive default)."""
    f = st.frames.get(e["pred"])
    if f is None or not f.pred.person_target or e["pred"] not in st.defaulted or e["target"] is None:
        return e
    if st.actors.get(e["target"], {}).get("kind") != "person":
        return e
    state = country_state(st, st.actors.get(e["actor"], {}).get("country"))
    return {**e, "actor": state[0]} if state is not None else e


def _protests_met(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The protest of the crowds state forces intervened against, when the sentence told none and
    the article no protest of theirs ("Protesters marched in X. Police dispersed the protesters.")."""
    if any(e["type"] == "PROTEST" for e in events):
        return []
    protests: dict[str, EventRecord] = {e["actor"]: e for e in st.done if e["type"] == "PROTEST"}
    told = len(protests)
    for e in events:
        if _intervention(st, e) and e["target"] is not None and e["target"] not in protests:
            crowd = e["target"]
            protests[crowd] = {
                **e,
                "type": "PROTEST",
                "cameo": PROTEST_CAMEO,
                "actor": crowd,
                "target": None,
                "via": None,
            }
    return list(protests.values())[told:]


def _intervention(st: DocState, e: EventRecord) -> bool:
    """Non-lethal force of state forces on protesters (lethal force is REPRESSION_CAMEO's)."""
    if e["type"] != "COERCE" or e["cameo"] == REPRESSION_CAMEO or e["modality"] != "asserted":
        return False
    forces = st.actors.get(e["actor"], {}).get("kind") in STATE_FORCE_KINDS
    return forces and st.actors.get(e["target"] or "", {}).get("group") == "protesters"


def _rioting(st: DocState, e: EventRecord) -> EventRecord:
    wrecks = (e["type"] == "COERCE" and e["cameo"] == PROPERTY_CAMEO) or (
        e["type"] == "FIGHT" and st.actors.get(e["target"] or "", {}).get("kind") in STATE_FORCE_KINDS
    )
    if not wrecks or e["nominal"] or not _crowd_actor(st, e):
        return e
    actor = st.actors[e["actor"]]
    rioters = _generic(st, "rioters", actor.get("country"))
    return {**e, "type": "PROTEST", "cameo": RIOT_CAMEO, "actor": rioters}


def _crowd_actor(st: DocState, e: EventRecord) -> bool:
    group = st.actors.get(e["actor"], {}).get("group")
    if group in CROWD_GROUPS:
        return True
    if group != "civilians":
        return False
    pred = st.doc[e["pred"]]
    protest_told = any(f.pred.type == "PROTEST" for f in st.frames.values())
    return protest_told or any(c.dep_ in SUBJ and _is_crowd(st, c) for c in pred.children)


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
    # the tagger may read 'rioting' as a noun, its lemma left as written
    return any(
        c.dep_ in ("amod", "compound") and {c.lemma_.lower(), c.lower_.removesuffix("ing")} & protest_verbs
        for c in noun.children
    )
