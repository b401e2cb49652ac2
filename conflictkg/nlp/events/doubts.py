"""Events questioned or only wished for rather than told: "de vives critiques quant à son aide au
régime" names an aid only as what is criticised, "une prime de cinq millions de dollars pour sa
capture" a capture only as what a bounty is offered for; neither is an event of the article's."""

from __future__ import annotations

from conflictkg.nlp.events.concern_objects import without_concern_objects
from conflictkg.nlp.events.documented_acts import mark_documented
from conflictkg.nlp.events.faced_dangers import faced_danger
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, case_of


def without_doubted(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    kept = [e for e in events if not (e["nominal"] and (_doubted(st, e["pred"]) or bountied(st, e["pred"])))]
    kept = [e for e in kept if not faced_danger(st, e)]  # "to combat the threat of X": no threat made
    # "expressed concern over the fighting": no act of its own; "documents atrocities": no home place
    return mark_documented(st, without_concern_objects(st, kept))


def _doubted(st: DocState, pred: int) -> bool:
    """The event noun completes a noun of criticism or doubt through a topic preposition, or the
    verb whose object that noun is ("a reçu de vives critiques quant à son aide": the parser may
    hang the topic on the verb)."""
    return _completes(st, pred, "doubt_nouns", "doubt_preps")


def bountied(st: DocState, pred: int) -> bool:
    """The event noun is what a bounty is offered for ("une prime pour la capture de X", "a promis
    une récompense pour son arrestation"), on the bounty noun or on the verb offering it."""
    return _completes(st, pred, "bounty_nouns", "bounty_preps")


def _completes(st: DocState, pred: int, nouns_group: str, preps_group: str) -> bool:
    noun = st.doc[pred]
    head = noun.head
    if head.i == noun.i or case_of(noun) not in st.lex.group(preps_group):
        return False
    nouns = st.lex.group(nouns_group)
    if head.lemma_.lower() in nouns:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in OBJ and c.lemma_.lower() in nouns for c in head.children
    )
