"""What another's words say someone must do is the speaker's demand of that someone (CAMEO 10,
PLOVER REQUEST), whatever the act demanded: "Kenya said Uganda must return the cattle", "the agency
said the two armies must guarantee safe passage". nlp/events/intents.py turns such an act into the
demand when the act is itself an event of the lexicon; this module reads the demand when it is not
("return", "guarantee", "allocate" are no events), from the clause alone: a verb with an obligation
modal (lexicon group obligation_modals), an active subject naming an actor, under a reporting verb
whose subject names another actor. An actor's words about its own duty ("Kenya said it must act")
are no demand. Pressure from one actor on another is a demand too (nlp/events/pressures.py)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import np_actor, speaker_of
from conflictkg.nlp.events.pressures import pressure_requests, request_record
from conflictkg.nlp.events.state import DocState, EventRecord

_ACTIVE_SUBJ = ("nsubj", "csubj")


def obligation_requests(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The demands told as another's obligation in ``sent`` whose act is no event of ``events``."""
    told = {e["pred"] for e in events}
    modals = st.lex.group("obligation_modals")
    out: list[EventRecord] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in told or not _obliged(tok, modals):
            continue
        subj = next((c for c in tok.children if c.dep_ in _ACTIVE_SUBJ), None)
        obliged = np_actor(st, subj) if subj is not None else None
        speaker = speaker_of(st, tok) if obliged is not None else None
        if obliged is None or speaker is None or speaker[0] == obliged[0]:
            continue
        out.append(request_record(st, sent, tok, speaker, obliged[0], nominal=False))
    return out + pressure_requests(st, sent, events)  # "faces pressure from X to resign"


def _obliged(tok: Token, modals: frozenset[str]) -> bool:
    """ "must return": an obligation modal on the verb, in the active voice."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in modals for c in aux) and not any(c.dep_ == "auxpass" for c in aux)
