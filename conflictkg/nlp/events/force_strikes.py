"""An attack noun a state's demonym or name and one of its force nouns both qualify ("an Ethiopian
military drone strike", "a Nigerian Air Force strike", "U.S. army airstrikes"): that state's military
forces are its author, as ACLED codes them, not the state the demonym alone would name ("an Ethiopian
drone strike")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from conflictkg.nlp.events.attack_words import attack_noun
from conflictkg.nlp.events.state import Actor, DocState, Mention


def force_author(st: DocState, tok: Token, m: Mention, generic: Callable[..., str]) -> Actor | None:
    """The state's military when a word of ``state_force_nouns`` stands between the mention ``m`` (a
    state, or its demonym) and the attack noun ``tok`` it qualifies; None otherwise."""
    if m["kind"] != "state" or not m["end"] <= tok.i or not attack_noun(st, tok):
        return None
    between = st.doc[m["end"] : tok.i]
    if not any(t.lemma_.lower() in st.lex.group("state_force_nouns") for t in between):
        return None
    iso3 = (st.actors.get(m["actor"]) or {}).get("country")
    return (generic(st, "military", iso3), 0.7, None) if iso3 else None
