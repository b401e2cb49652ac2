"""A protest noun telling why another event was done: "students marched in Nairobi in protest of the
government's decision", "traders shut their shops and rallied in protest against X". The noun, the
object of a motive preposition (the lexicon's ``motive_preps``) that hangs on the verb of another
event of the sentence, is that event's motive, not a protest of its own: its "of" complement is
what is protested, never who protests. A protest noun on a verb that tells no event ("shops stayed
closed in protest") stays the event. So is a protest verb in the infinitive of purpose of the same
crowd's protest ("des milliers de personnes ont manifesté à Nairobi pour protester contre la loi",
"thousands marched to protest the law"): one protest, whose target is what the purpose names. A
protest noun in a phrase of a sentence where rioters fight is the riot's motive too
(without_riot_protests)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.force_marches import without_force_marches
from conflictkg.nlp.events.protest_demands import without_crowd_demands
from conflictkg.nlp.events.repression import RIOT_CAMEO
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import case_of

PURPOSE_DEPS = frozenset({"advcl", "xcomp"})  # "ont manifesté pour protester contre X"


def without_motive_protests(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the nominal protests that are the motive of another event's verb, without
    the protest verbs that are the purpose of the same crowd's protest, without the demands a
    protesting crowd makes in passing (nlp/events/protest_demands.py), nor a force's march."""
    events = without_force_marches(st, events)
    preds = {e["pred"] for e in events if not e["nominal"]}
    preps = st.lex.group("motive_preps")

    def motive(e: EventRecord) -> bool:
        tok = st.doc[e["pred"]]
        prep = tok.head
        on_verb = tok.dep_ == "pobj" and prep.lower_ in preps and prep.head.i in preds
        return e["type"] == "PROTEST" and bool(e["nominal"]) and on_verb and prep.head.i != tok.i

    kept = [e for e in events if not motive(e) and not _purpose_protest(st, e, events)]
    return without_crowd_demands(st, kept)  # "set tyres ablaze to demand X": the riot's demand


def _purpose_protest(st: DocState, e: EventRecord, events: list[EventRecord]) -> bool:
    """Whether ``e`` is a protest verb in the infinitive of purpose of another protest by the same
    actor; that protest takes its target when it has none."""
    tok = st.doc[e["pred"]]
    if e["type"] != "PROTEST" or e["nominal"] or tok.dep_ not in PURPOSE_DEPS or tok.head.i == tok.i:
        return False
    if "Inf" not in tok.morph.get("VerbForm", []):
        return False
    main = next(
        (m for m in events if m is not e and m["type"] == "PROTEST" and not m["nominal"]
         and m["pred"] == tok.head.i and m["actor"] == e["actor"]),
        None,
    )  # fmt: skip
    if main is None:
        return False
    main["target"] = main["target"] or e["target"]
    return True


def without_riot_protests(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "torched the police station in protest at X": the protest named in passing is the riot's
    motive, not an event of its own."""
    rioting = any(
        (e["type"] in ("FIGHT", "ASSAULT") or e["cameo"] == RIOT_CAMEO)
        and st.actors.get(e["actor"], {}).get("group") == "rioters"
        for e in events
    )
    if not rioting:
        return events
    motive = [
        e for e in events
        if e["type"] == "PROTEST" and e["nominal"] and e["cameo"] != RIOT_CAMEO
        and _in_phrase(st.doc[e["pred"]])
    ]  # fmt: skip
    return [e for e in events if not any(e is m for m in motive)]


def _in_phrase(tok: Token) -> bool:
    return tok.dep_ == "pobj" or case_of(tok) is not None
