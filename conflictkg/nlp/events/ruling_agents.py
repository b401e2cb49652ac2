"""Who acts when a ruling noun does: "the regime", "the junta" name a state's rulers, which act as
its army when they fight and as its government when they deal with other states.

- ``regime_nouns`` ("the regime shelled Idlib", "the regime's shelling of Homs"): resolved as the
  state (its government); the agent of a violent act (``MILITARY_TYPES``) is the state's military
  (the KB's army, else Military Forces of X), as "the regime's forces" already is. In an article
  whose country is not decided ("The regime shells Douma" alone), "the regime" is the unnamed
  government of the event's place (placed_governments.py), and its violent act that place's army.
- ``junta_nouns`` ("Mali's junta expelled the French ambassador"): resolved as the military (as
  ACLED codes a junta's violence); the agent of a diplomatic act (``DIPLOMATIC_TYPES``) is the state,
  not its army. A junta whose country the text does not tell takes none from the context when that is
  the state it deals with ("The junta expelled the French diplomats": not France's own army); the
  place of the act may still scope it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.attack_agents import attack_agents
from conflictkg.nlp.events.placed_governments import REGIME
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.ruling_targets import ruling_target
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.generic import kb_record
from conflictkg.nlp.syntax import subject_of

MILITARY_TYPES = frozenset({"FIGHT", "ASSAULT", "CAPTURE"})
DIPLOMATIC_TYPES = frozenset(
    {"ACCUSE", "AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "REQUEST", "SANCTION", "SUPPORT"}
)


def ruling_agents(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The events whose agent is a ruling noun, with the army or the state its act makes it."""
    events = attack_agents(st, events)  # "hit by regime bombardment": the regime's army
    for e in events:
        ruling_target(st, e, e["type"] in MILITARY_TYPES)  # "rebels shelled regime positions": its military
        if e["actor"] == REGIME and e["type"] in MILITARY_TYPES:
            e["actor"] = generic_id(st, "military", None)  # the army of the country of the event's place
            continue
        agent = _agent(st.doc[e["pred"]], e["nominal"])
        if agent is not None and agent.lemma_.lower() in st.lex.nouns:
            agent = _agent(agent, True)  # "the regime's shelling of Idlib killed ten civilians"
        if agent is None:
            continue
        lemma = agent.lemma_.lower()
        rec = st.actors.get(e["actor"], {})
        country = rec.get("country")
        if not country:
            continue
        fighting, dealing = e["type"] in MILITARY_TYPES, e["type"] in DIPLOMATIC_TYPES
        if lemma in st.lex.group("regime_nouns") and fighting and rec.get("kind") in STATE_KINDS:
            e["actor"] = generic_id(st, "military", country)
        elif lemma in st.lex.group("junta_nouns") and dealing and _army(st, e["actor"], rec):
            state = state_actor(st, str(country))
            if state is not None and state == e["target"] and not rec.get("own"):
                e["actor"] = generic_id(st, "military", None)  # the context's country is the one dealt with
            elif state is not None and state != e["target"]:
                e["actor"] = state
    return events


def _agent(pred: Token, nominal: bool) -> Token | None:
    """The subject of a verb (or of the verb it is the conjunct of), the possessor of a noun."""
    if nominal:
        return next((c for c in pred.children if c.dep_ == "poss"), None)
    subj = subject_of(pred)
    if subj is None and pred.dep_ == "conj":
        subj = subject_of(pred.head)
    return subj


def _army(st: DocState, actor_id: str, rec: dict[str, Any]) -> bool:
    if rec.get("group") == "military":
        return True
    entry = st.kb.get(actor_id)
    return entry is not None and "army" in (entry.institution or "")


def state_actor(st: DocState, iso3: str) -> str | None:
    state = st.kb.state(iso3)
    if state is None:
        return None
    st.actors.setdefault(state.id, kb_record(state))
    return str(state.id)
