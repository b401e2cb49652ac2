"""Demonyms coordinated on one group noun: "les forces françaises et maliennes", "Malian and French
forces", "Afghan and US forces". The second demonym (or a state's name in its place: "US") names
the same kind of group of another country (France's or the United States' forces, not the state),
its own wherever it acts."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState

MODIFIER_DEPS = ("amod", "compound", "nmod")


def coordinated_demonym(st: DocState, t: Token) -> Actor | None:
    """The group of the country ``t`` names, when ``t`` is a demonym conjoined to another."""
    country = _conjoined_state(st, t)
    if country is None:
        return None
    noun = t.head if t.head.pos_ == "NOUN" else t.head.head
    head = st.covered.get(noun.i)
    name = str(st.actors.get(head["actor"], {}).get("name", "")).lower() if head is not None else ""
    forces = any(w in name for w in st.lex.group("state_force_words"))  # "forces françaises et ..."
    forces = forces or noun.lemma_.lower() in st.lex.group("state_force_nouns")  # "Afghan and US forces"
    group = ("military" if forces else None) or st.lex.generic.get(noun.lemma_.lower())
    return (generic_id(st, group, country, own=True), 0.75, None) if group else None


def _conjoined_state(st: DocState, t: Token) -> Any:
    """The country of a demonym conjoined to another ("soldats maliens et français"), also when the
    parser took it for a noun ("soldats français et maliens"), or a state's name conjoined to a
    demonym that qualifies a noun ("Afghan and US forces"); also when no mention covers the demonym
    ("Malian and French forces")."""
    if t.dep_ != "conj":
        return None
    m = st.covered.get(t.i)
    qualifying = t.head.pos_ == "ADJ" and t.head.dep_ in MODIFIER_DEPS and t.head.head.pos_ == "NOUN"
    if m is not None:
        named = t.pos_ == "ADJ" or (t.pos_ == "PROPN" and qualifying)
        state = st.actors.get(m["actor"], {}) if named and m["kind"] == "state" else {}
        return state.get("country")
    if t.pos_ == "ADJ" and qualifying:
        entry = st.kb.resolve_demonym(t.text)
        return entry.country if entry is not None and entry.kind == "state" else None
    if t.pos_ != "NOUN" or t.head.pos_ != "ADJ":
        return None
    first, entry = st.kb.resolve_demonym(t.head.text), st.kb.resolve_demonym(t.text)
    states = first is not None and entry is not None and first.kind == entry.kind == "state"
    return entry.country if states and entry is not None else None
