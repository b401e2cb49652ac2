"""Victims named with their nationality: "des pèlerins libanais", "deux touristes turcs" enlevés en
Syrie are civilians of the state their demonym names (ACLED's "Civilians (Lebanon)"), kept wherever
it happened, not the civilians of the article's country. A state's envoys ("des diplomates
algériens") are that state."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.generic import generic_entry


def nationals(st: DocState, noun: Token) -> str | None:
    """The civilians of the state whose demonym qualifies a noun of civilians (lexicon
    civilian_nouns) that no mention covers."""
    civilian = st.lex.group("civilian_nouns")
    m = st.covered.get(noun.i) if noun.lemma_.lower() in st.lex.group("envoy_nouns") else None
    envoys_of = st.actors.get(m["actor"]) if m is not None else None
    if envoys_of is not None and envoys_of.get("kind") == "state":
        return str(envoys_of["id"])  # "des diplomates algériens": the state's envoys, the state
    if noun.pos_ != "NOUN" or noun.i in st.covered or noun.lemma_.lower() not in civilian:
        return None
    for c in noun.children:
        m = st.covered.get(c.i) if c.dep_ == "amod" else None
        a = st.actors.get(m["actor"]) if m is not None and m["demonym"] else None
        if a is not None and a.get("kind") == "state" and a.get("country"):
            entry = generic_entry("civilians", str(a["country"]), str(a["name"]), st.kb, own=True)
            st.actors.setdefault(entry.id, generic.record(entry))
            return str(entry.id)
    return None
