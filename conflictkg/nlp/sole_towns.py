"""Towns that name their country alone: a text naming no state and no city known well enough may
still name a town every place of that name is of one country ("The regime shelled Saraqib": every
Saraqib is Syria's, one a real town), which tells where the text is, as two small places agreeing
do. Place entities count; a name the recognizer took for a person or an organisation counts only
where a place stands: the object of a place preposition ("in Khan Shaykhun"), of a lexicon verb
("shelled Kafr Zita") or the name of a kind of town ("Daraa city", ``folk_place_kinds``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span

from conflictkg.knowledge.lexicon import Lexicon

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def sole_town_countries(doc: Doc, covered: dict[int, int], gazetteer: Any, lex: Lexicon) -> dict[str, int]:
    """The country (ISO3) of the towns the text names whose namesakes are all of one country."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.start in covered or not _stands_for_place(ent, lex):
            continue
        iso3 = gazetteer.town_country(ent.text)
        if iso3:
            counts[iso3] += 1
    return dict(counts)


def _stands_for_place(ent: Span, lex: Lexicon) -> bool:
    if ent.label_ in PLACE_LABELS:
        return True
    if ent.label_ not in NAME_LABELS or not all(t.pos_ == "PROPN" for t in ent):
        return False
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in lex.group("place_preps"):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lex.verbs:
        return True
    return root.dep_ == "compound" and root.head.lemma_.lower() in lex.group("folk_place_kinds")
