"""The sides of a war named by their being at war: "the warring parties agreed a ceasefire", "both
sides exchanged prisoners". A subject of ``both_sides_phrases`` (its head's lemma, or a modifier and
the lemma: "warring party", "two side") stands for the two sides of the last fight told in the
article, when that fight had two named sides; with none told it names no one."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState

FIGHTING = ("FIGHT", "ASSAULT")


def both_sides(st: DocState, subj: Token) -> list[Actor]:
    """The two actors ``subj`` names as the sides of the fight told before, else []."""
    phrases = st.lex.group("both_sides_phrases")
    lemma = subj.lemma_.lower()
    forms = {lemma, *(f"{c.lower_} {lemma}" for c in subj.children if c.dep_ in ("amod", "nummod", "det"))}
    if not phrases or not forms & phrases:
        return []
    for e in reversed(st.done):
        if e["type"] in FIGHTING and e["target"] is not None and e["actor"] and e["actor"] != e["target"]:
            return [(str(e["actor"]), 0.6, None), (str(e["target"]), 0.6, None)]
    return []
