"""Pressure an actor is under from another is that other's demand of it (CAMEO 10, PLOVER REQUEST),
whatever the pressure is to do: "the president faces pressure from parliament to resign", "Chad came
under mounting pressure from Niger over the refugees", "under pressure from Kenya, Somalia agreed to
talks". A noun of pressure (lexicon group pressure_nouns) with a complement of its source
(pressure_source_preps) naming an actor, in the object or a prepositional phrase of a verb whose
subject names another actor: the source demands of that subject. Pressure put on an actor
(pressure_target_preps: "Kenya put pressure on Somalia to free the men", "stepped up pressure on X")
is the subject's demand of it. Pressure on no one named, or from no one named ("faces growing
pressure at home"), is no demand."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.dates import date_expr
from conflictkg.nlp.events.intents import REQUEST_CAMEO
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, first_child, prep_args


def pressure_requests(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The demands ``sent`` tells as pressure from one actor on another, none of ``events``."""
    nouns = st.lex.group("pressure_nouns")
    preps = st.lex.group("pressure_source_preps")
    on = st.lex.group("pressure_target_preps")
    told = {(e["actor"], e["target"]) for e in events if e["type"] == "REQUEST"}
    out: list[EventRecord] = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        source = next((np_actor(st, g) for p, g in prep_args(tok) if p in preps), None)
        pressed = _pressed(st, tok)
        if source is None:  # "put pressure on X": the one who puts it presses X
            args = [*prep_args(tok), *(prep_args(tok.head) if tok.dep_ in ("dobj", "obj") else ())]
            source, pressed = pressed, next((np_actor(st, g) for p, g in args if p in on), None)
        if source is None or pressed is None or source[0] == pressed[0] or (source[0], pressed[0]) in told:
            continue
        out.append(request_record(st, sent, tok, source, pressed[0], nominal=True))
    return out


def request_record(
    st: DocState, sent: Span, pred: Token, actor: Actor, target: str, nominal: bool
) -> EventRecord:
    """The demand ``actor`` makes of ``target``, told by ``pred`` (also obligations.py's)."""
    return {
        "type": "REQUEST", "cameo": REQUEST_CAMEO, "actor": actor[0], "via": actor[2],
        "target": target, "modality": "asserted", "pred": pred.i, "pred_text": pred.text,
        "nominal": nominal, "sent_start": sent.start_char, "sent_end": sent.end_char, "place": None,
        "date_expr": date_expr(st, pred, sent), "confidence": 0.6,
    }  # fmt: skip


def _pressed(st: DocState, noun: Token) -> Actor | None:
    """The active subject of the verb whose object the noun is ("faces pressure", "put pressure"), or
    on which its phrase hangs ("came under pressure", "under pressure, X agreed")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = first_child(verb, SUBJ)
    return np_actor(st, subj) if subj is not None else None
