"""The sides of a war named by their being at war: "the warring parties agreed a ceasefire", "both
sides exchanged prisoners". A subject of ``both_sides_phrases`` (its head's lemma, or a modifier and
the lemma: "warring party", "two side") stands for the two sides of the last fight told in the
article, when that fight had two named sides; else those of the last act told between two parties
("Rebels seized Kidal from the army. The warring parties signed a truce"); with none told, the
country's military and its unidentified armed group when the phrase names them by the war itself
(``warring_phrases``: "Warring parties in Mali signed a ceasefire"; "both parties" may be political
ones), and no one in an article with no country."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState

FIGHTING = ("FIGHT", "ASSAULT")


def both_sides(st: DocState, subj: Token) -> list[Actor]:
    """The two actors ``subj`` names as the sides of the fight told before, else []."""
    phrases = st.lex.group("both_sides_phrases")
    lemma = subj.lemma_.lower()
    forms = {lemma, *(f"{c.lower_} {lemma}" for c in subj.children if c.dep_ in ("amod", "nummod", "det"))}
    if not phrases or not forms & phrases:
        return []
    two_sided = [e for e in st.done if e["target"] is not None and e["actor"] and e["actor"] != e["target"]]
    if two_sided:  # the last fight, else the last act between two parties
        e = min(reversed(two_sided), key=lambda e: e["type"] not in FIGHTING)
        return [(str(e["actor"]), 0.6, None), (str(e["target"]), 0.6, None)]
    country = st.doc._.country
    if not country or not forms & st.lex.group("warring_phrases"):
        return []
    return [(generic_id(st, "military", country), 0.5, None), (generic_id(st, "armed", country), 0.5, None)]
