"""Whose arms were disrupted: "seized an arms cache belonging to ELN guerrillas", "defused a roadside
bomb planted by ISKP militants". A disrupted weapons use or seizure (a COERCE verb) with no target,
whose object is arms (lexicon ``recovered_arms_nouns``, ``explosive_means_words``) or a store of them
(``arms_store_nouns``) qualified by a participle of owning or placing (``weapon_owner_verbs``), is
aimed at the actor that participle names after one of ``weapon_owner_preps`` (its agent, or whom the
arms belong to): ACLED's second actor of a disrupted weapons use."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.measured_arms import measured
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ


def weapon_owners(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, a targetless disruption of arms aimed at their told owner."""
    out: list[EventRecord] = []
    for e in events:
        owner = None if e["type"] != "COERCE" or e["target"] is not None or e["nominal"] else _owner(st, e)
        out.append({**e, "target": owner} if owner is not None else e)
    return out


def _owner(st: DocState, e: EventRecord) -> str | None:
    lex = st.lex
    arms = (
        lex.group("recovered_arms_nouns") | lex.group("explosive_means_words") | lex.group("arms_store_nouns")
    )
    verb = st.doc[e["pred"]]
    objects = [c for c in verb.children if c.dep_ in OBJ]
    objects += [m for o in objects for m in measured(o, lex)]  # "30 kilograms of explosives planted by X"
    for obj in (c for c in objects if c.lemma_.lower() in arms):
        for participle in (x for x in obj.children if x.dep_ == "acl"):
            owner = _named_by(st, participle)
            if owner is not None and owner != e["actor"]:
                return owner
    return None


def _named_by(st: DocState, participle: Token) -> str | None:
    """The actor named after an owner preposition of a participle of owning or placing."""
    if participle.lemma_.lower() not in st.lex.group("weapon_owner_verbs"):
        return None
    preps = st.lex.group("weapon_owner_preps")
    for x in (x for x in participle.children if x.lower_ in preps):
        got = next((st.covered[y.i] for y in x.children if y.dep_ == "pobj" and y.i in st.covered), None)
        if got is not None:
            return str(got["actor"])
    return None
