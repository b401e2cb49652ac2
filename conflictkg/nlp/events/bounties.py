"""A bounty offered for a killing is a threat against the one to be killed: "il offrirait 285 000
dollars pour l'assassinat de X", "le groupe offre une prime pour l'assassinat du président X": the
offerer THREATEN X. The killing itself is only wished for (nlp/events/doubts.py drops it)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.doubts import bountied
from conflictkg.nlp.events.nominal_records import nominal_record
from conflictkg.nlp.events.state import THREAT_CAMEO, DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, first_child, prep_args

_KILLING_TYPES = ("ASSAULT", "FIGHT")


def bounty_threats(st: DocState, sent: Span) -> list[EventRecord]:
    out: list[EventRecord] = []
    of = st.lex.group("of_preps")
    for tok in sent:
        pred = st.lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if pred is None or pred.type not in _KILLING_TYPES or not bountied(st, tok.i):
            continue
        offer = _offering_verb(tok)
        subj = first_child(offer, SUBJ) if offer is not None else None
        actor = np_actor(st, subj) if subj is not None else None
        victim = next((c for prep, c in prep_args(tok) if prep in of), None)
        target = np_actor(st, victim) if victim is not None else None
        if actor is None or target is None or actor[0] == target[0]:
            continue
        victim_id = target[2] or target[0]  # the person to be killed, not the state he leads
        out.append(nominal_record(st, sent, tok, ("THREATEN", THREAT_CAMEO), actor[0], victim_id, actor[2]))
    return out


def _offering_verb(tok: Token) -> Token | None:
    """The verb offering the bounty: the head of the killing noun, or of the bounty noun it completes."""
    for t in (tok.head, tok.head.head):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None
