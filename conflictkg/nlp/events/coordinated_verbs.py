"""Verbs coordinated on one object: in "gunmen shot and killed a trader" the trader is the object of
both verbs, the parser hangs it on the last one only. The first verb, left with no object, tells the
same act as its conjunct; it is no second, targetless fight of the same actor. So is an attack noun
in a prepositional phrase of such a verb ("a woman was wounded in a shooting by two armed men"):
the shooting is the wounding, told once. So are a looting and an arson of one site ("looted and set
fire to a police station"), and a toll told on the others of the first verb's object ("killed a
soldier and wounded two others", shared ``other_words``; round case83)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.gerund_tolls import one_act_with_toll
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ

OTHER_WORDS = shared_words("other_words")  # "wounded two others": the same party again
AIMED = VIOLENT_TYPES | {"COERCE"}  # "soldiers shot and killed two protesters": a repression
CONJ = "conj"


def without_bare_conjuncts(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The events less the targetless violent ones whose verb, with no object, is coordinated with
    a verb of the same actor's violent or repressive event that has a target (or a participle's toll
    of it: gerund_tolls)."""
    events = one_act_with_toll(st, events)
    aimed = {(e["pred"], e["actor"]) for e in events if e["type"] in AIMED and e["target"] is not None}
    return [e for e in events if not _bare_conjunct(st, e, aimed)]


def _bare_conjunct(st: DocState, e: EventRecord, aimed: set[tuple[int, str]]) -> bool:
    if e["type"] not in AIMED or e["target"] is not None:
        return False  # "looted and set fire to a police station": one wrecking of it too
    verb = st.doc[e["pred"]]
    if e["nominal"]:  # "wounded in a shooting": the noun is the verb's own act
        told_in = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else None
        return told_in is not None and (told_in.i, e["actor"]) in aimed
    if any(c.dep_ in OBJ and c.lemma_.lower() not in OTHER_WORDS for c in verb.children):
        return False  # "attacked the village and killed three people": two acts ("wounded two others": one)
    return any((v.i, e["actor"]) in aimed for v in _conjuncts(verb))


def _conjuncts(verb: Token) -> list[Token]:
    after = [c for c in verb.children if c.dep_ == CONJ]
    return after + ([verb.head] if verb.dep_ == CONJ else [])
