"""An English personal pronoun ("he", "she", "him", "her") stands for a person, never for a
state or an organisation: "Abu X moved fighters into Iraq. He was killed in a raid by the US
military" does not make Iraq the raid's target. The actor a coreference finds for one is kept only
when it is a person, or an organisation or state found through a person (its official, a
commander); anything else is no reading of the pronoun (the lexicon's ``personal_pronouns``: none
in French, where "il" and "elle" stand for any noun's gender)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState


def person_or_none(st: DocState, tok: Token, got: Actor | None) -> Actor | None:
    """``got``, unless ``tok`` is a personal pronoun and ``got`` is no person nor found through one."""
    if got is None or tok.lower_ not in st.lex.group("personal_pronouns") or got[2] is not None:
        return got
    a = st.actors.get(got[0])
    return got if a is not None and a.get("kind") == "person" else None
