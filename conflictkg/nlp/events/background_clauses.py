"""Background told beside the news, no event of its own:

- a relative clause dated from a start: "the Houthis, who have attacked shipping in the Red Sea since
  November, vowed to retaliate". A verb heading a relative clause on a noun, with a complement of
  ``span_start_preps`` ("since November", "since 2014"), or, in the imperfect and on a place, of
  ``timed_span_preps`` whose complement is a time ("une ville qui était encerclée par des jihadistes
  depuis plus d'un an"; "depuis Gaza" is a place; "qui auraient procédé à 3 000 arrestations depuis
  février", "un diplomate qu'elle détenait depuis avril" tell arrests and a detention), tells what has
  gone on for a while (round case85; French, round frmiss86). A relative
  clause dated by a day ("who attacked a tanker on Monday") tells one, and so does a main clause ("the
  Houthis have attacked ships since November");
- a clause of circumstance in the imperfect ("..., alors que les rebelles avançaient vers Goma"): a
  ``circumstance_marks`` clause hung on a verb whose verb is in the imperfect tells what was going on
  when the main clause's news happened (round frmiss86). In another tense it tells an event ("alors
  que les rebelles ont attaqué Goma");
- an event noun a span of time runs from: "la première capitale à tomber depuis le début de leur
  offensive", "le premier attentat depuis l'attaque de mars". An event noun governed by a
  ``timed_span_preps`` preposition, directly or as the 'de' complement of a ``start_nouns`` noun, dates
  what the clause tells by an event told elsewhere: no event of its own (round frmiss87)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.dates import MONTHS, WEEKDAYS
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import RELATIVE, case_of, prep_args
from conflictkg.textkeys import norm


def since_background(st: DocState, e: EventRecord) -> bool:
    """Whether the event's verb heads a relative clause with a "since" complement."""
    tok = st.doc[e["pred"]]
    if e["nominal"] or tok.dep_ not in RELATIVE or tok.pos_ not in ("VERB", "AUX"):
        return False
    since, timed = st.lex.group("span_start_preps"), st.lex.group("timed_span_preps")
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(
        prep in since or (prep in timed and a_time(st, c) and _imperfect(v) and _a_place(st, tok.head))
        for v in verbs
        for prep, c in prep_args(v)
    )


def _a_place(st: DocState, t: Token) -> bool:
    """ "une ville", "Djibo": the antecedent is a place, whose standing the clause tells ("un diplomate
    qu'elle détenait depuis avril" tells a detention)."""
    return t.lemma_.lower() in st.lex.place_nouns or t.ent_type_ in ("LOC", "GPE")


def a_time(st: DocState, c: Token) -> bool:
    """ "plus d'un an", "des mois", "décembre", "dimanche", "2014": a time, no place."""
    words = st.lex.group("duration_nouns") | st.lex.group("date_words")
    told = norm(c.lower_)
    return c.lemma_.lower() in words or c.lower_ in words or c.like_num or told in MONTHS or told in WEEKDAYS


def circumstance_background(st: DocState, e: EventRecord) -> bool:
    """Whether the event's verb heads a clause of circumstance in the imperfect."""
    tok = st.doc[e["pred"]]
    if e["nominal"] or tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    said = {
        " ".join([w.lower_, *(f.lower_ for f in w.children if f.dep_ == "fixed")])
        for w in tok.children
        if w.dep_ == "mark"
    }  # "alors que": the mark and its fixed word
    return bool(said & st.lex.group("circumstance_marks")) and _imperfect(tok)


def _imperfect(tok: Token) -> bool:
    verbs = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    return any("Imp" in v.morph.get("Tense", []) and "Ind" in v.morph.get("Mood", []) for v in verbs)


def span_start_event(st: DocState, e: EventRecord) -> bool:
    """Whether the event is a noun a span of time runs from ("depuis le début de leur offensive")."""
    if not e["nominal"]:
        return False
    tok = st.doc[e["pred"]]
    starts, of = st.lex.group("start_nouns"), st.lex.group("of_preps")
    holder = tok.head if case_of(tok) in of and tok.head.lemma_.lower() in starts else tok
    return case_of(holder) in st.lex.group("timed_span_preps")
