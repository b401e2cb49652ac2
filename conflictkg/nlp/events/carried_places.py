"""Places carried to the next sentence: "Gunmen attacked a checkpoint in Gao. Two soldiers were
wounded." -- an event placed nowhere, in the sentence right after an event placed somewhere, that
continues it (a definite anaphor of an event, "the attack"; the same actors; or what follows from it,
consequence_verbs: killed, wounded, arrested, fled) happened where that event did. Not when the
sentence opens a new scene (a date or time of its own, scene_shift_words, a place it names, a new
paragraph), nor for speech or political events (a statement's place is not the attack's). An event placed by
neither takes the place its own sentence names outside any locative phrase (loose_places)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import DEFINITE
from conflictkg.nlp.events.datelines import dateline_place
from conflictkg.nlp.events.loose_places import loosely_placed
from conflictkg.nlp.events.prior_places import prior_place
from conflictkg.nlp.events.section_countries import headed
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, EventRecord
from conflictkg.nlp.events.town_objects import town_object_place
from conflictkg.nlp.home_country import ground_types
from conflictkg.nlp.sentences import sentence_before
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, case_of

_TIME_ENTS = frozenset({"DATE", "TIME"})


def carried_places(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    out: list[EventRecord] = []
    # "s'est emparée de X après des semaines de combats": the fighting was where the capture was
    events = [
        {**e, "place": {**p, "inferred": True}}
        if e["place"] is None and (p := prior_place(st, e, events))
        else e
        for e in events
    ]
    for e in events:
        if e["place"] is None and e["type"] in ground_types():
            place = (
                _carried(st, e, out) or town_object_place(st, e) or dateline_place(st, e)
            )  # "Homs, 6 février — ..."
            if place is not None:
                e = {**e, "place": {**place, "inferred": True}}
        out.append(e)
    out = loosely_placed(st, out)  # placed nowhere still: the place the sentence names loosely
    return headed(st, out)  # a line under a country heading ("Iraq"): its places are that country's


def _carried(st: DocState, e: EventRecord, told: list[EventRecord]) -> dict[str, Any] | None:
    sent = st.doc[e["pred"]].sent
    before = sentence_before(sent)
    if before is None or _new_scene(st, sent, before):
        return None
    previous = [p for p in told if p["sent_start"] == before.start_char]
    if e["date_expr"] is not None and all(p["date_expr"] != e["date_expr"] for p in previous):
        return None  # "had opened fire on the judge in May": a time of its own
    placed = [p for p in previous if p["place"] is not None and p["type"] in ground_types()]
    if not placed or _spoken(st, st.doc[e["pred"]]) or not _continues(st, e, sent, previous, placed):
        return None
    return placed[-1]["place"]


def told_place(st: DocState, sent: Span) -> dict[str, Any] | None:
    """The place of an event the sentence has told already."""
    here = [e["place"] for e in st.done if e["sent_start"] == sent.start_char and e["place"] is not None]
    return {**here[0], "inferred": True} if here else None


def _new_scene(st: DocState, sent: Span, before: Span) -> bool:
    """A new paragraph, a place or a time of the sentence's own, or a word opening another scene."""
    if "\n" in st.doc.text[before[-1].idx : sent.start_char + len(sent.text) - len(sent.text.lstrip())]:
        return True
    if any(ent.label_ in PLACE_ENTS | _TIME_ENTS for ent in sent.ents):
        return True
    places = st.lex.group("place_preps") | st.lex.group("near_words")  # "Near Herat", NER or not
    if any(t.pos_ == "PROPN" and (case_of(t) in places or _after_place_word(t, places)) for t in sent):
        return True
    dates = st.lex.group("date_words") | st.lex.group("weekdays") | st.lex.group("time_of_day_words")
    if any(t.lower_ in dates for t in sent):
        return True
    text = sent.text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in st.lex.group("scene_shift_words"))


def _after_place_word(tok: Token, places: frozenset[str]) -> bool:
    """ "Near Herat" the parser read as one name: the word before a name is a place preposition."""
    return tok.i > tok.sent.start and tok.is_title and tok.doc[tok.i - 1].lower_ in places


def _spoken(st: DocState, pred: Token) -> bool:
    """The event is told in or under a speech verb ("the protesters said they ...")."""
    speech = st.lex.group("reporting")
    return any(t.lemma_.lower() in speech for t in [pred, *pred.ancestors])


def _continues(
    st: DocState, e: EventRecord, sent: Span, previous: list[EventRecord], placed: list[EventRecord]
) -> bool:
    """A definite event noun ("the attack"), the same actors, or a consequence of what was told."""
    shown = DEFINITE | st.lex.group("demonstratives")
    for t in sent:
        dets = {c.lemma_.lower() for c in t.children if c.dep_ == "det"} | {c.lower_ for c in t.children}
        if t.pos_ == "NOUN" and t.lemma_.lower() in st.lex.nouns and dets & shown:
            return True
    sides = {p["actor"] for p in previous} | {p["target"] for p in previous if p["target"]}
    if e["actor"] in sides:
        return True
    pred = st.doc[e["pred"]]
    if pred.lemma_.lower() not in st.lex.group("consequence_verbs"):
        return False
    # "He was arrested over a case": one person no event before hit (what a protest has as its
    # target is the party protested against, no one on the scene)
    return not _lone_pronoun(pred) or any(p["target"] and p["type"] != "PROTEST" for p in placed)


def _lone_pronoun(pred: Token) -> bool:
    subj = [c for c in pred.children if c.dep_ in SUBJ | SUBJ_PASS]
    return any(c.pos_ == "PRON" and "Sing" in c.morph.get("Number", []) for c in subj)
