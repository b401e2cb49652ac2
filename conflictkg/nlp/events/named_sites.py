"""Civilian buildings a foreign state's demonym names ("the Saudi hospital in El Fasher", "the Turkish
school in Mogadishu"): the demonym says who built or runs the building, so an attack on it in another
country the article is about hits a building there, no party of that state (``named_civil_site_nouns``).
"a Ukrainian hospital" hit in Ukraine stays the state's."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def foreign_named_site(st: DocState, c: Token) -> bool:
    """Whether ``c`` heads a civilian building whose demonym names a state other than the article's."""
    if c.pos_ != "NOUN" or c.lemma_.lower() not in st.lex.group("named_civil_site_nouns"):
        return False
    home = st.doc._.country
    if not home:
        return False
    for a in c.children:
        m = st.covered.get(a.i)
        if a.dep_ != "amod" or m is None or not m["demonym"] or m["kind"] != "state":
            continue
        country = st.actors.get(str(m["actor"]), {}).get("country")
        if country and country != home:
            return True
    return False
