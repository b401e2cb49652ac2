"""A country named as whose people they are: "chlorine gas against the people of Syria in Douma", "the
citizens of Pakistan living in Dubai". The 'of' complement of a people noun (``dweller_nouns`` and the
civilians' generic group nouns: people, residents, citizens) says whose the people are, not where the
event is: another place of the clause ("in Douma") is the event's, the country only when there is
none."""

from __future__ import annotations

from typing import Any

from conflictkg.nlp.events.state import DocState


def whose_people(st: DocState, got: dict[str, Any]) -> bool:
    """The place ``got`` is a country in the 'of' complement of a people noun."""
    start = got.get("start")
    if start is None or got.get("kind") != "country":
        return False
    tok = st.doc[start]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in st.lex.group("of_preps"):
        return False
    noun = prep.head.lemma_.lower()
    return noun in st.lex.group("dweller_nouns") or st.lex.generic.get(noun) == "civilians"
