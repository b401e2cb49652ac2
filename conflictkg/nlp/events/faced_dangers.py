"""A threat named as a danger faced rather than made: "to combat the terrorist threat of Daesh", "we
must counter the threat posed by ISIL". The threat noun is the object of a verb of facing a danger
(``danger_facing_verbs``: combat, counter, tackle, confront) or carries a participle of posing it
("posed by X"), and aims at no one: no threat was made, no event is told. A threat aimed at someone
("X's threat against the embassy", "Daesh's threat to attack Baghdad") stands."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ


def faced_danger(st: DocState, e: EventRecord) -> bool:
    if not e["nominal"] or e["type"] != "THREATEN" or e["target"] is not None:
        return False
    noun = st.doc[e["pred"]]
    facing = st.lex.group("danger_facing_verbs")
    faced = noun.dep_ in OBJ and noun.head.lemma_.lower() in facing
    posed = any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in facing for c in noun.children)
    return faced or posed
