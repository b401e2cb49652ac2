"""An English personal pronoun ("he", "she", "him", "her") stands for a person, never for a
state or an organisation: "Abu X moved fighters into Iraq. He was killed in a raid by the US
military" does not make Iraq the raid's target. The actor a coreference finds for one is dropped
when it is a state, an intergovernmental body or a coalition not found through a person (its
official, a commander): no reading of the pronoun; a person, or one of a generic class ("accusing him
of being an informer": a civilian), stays (the lexicon's ``personal_pronouns``: none
in French, where "il" and "elle" stand for any noun's gender).

A plural pronoun or possessive (``plural_pronouns``: "they", "their") never stands for the one person
who speaks: "teachers staged a dharna, demanding the regularisation of their services, union president
X said" makes X no owner of the services, and so no target of the protest (round protest82)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.state import Actor, DocState

_NO_PERSON = frozenset({"state", "igo", "coalition"})  # never "he": a person of a generic class may be


def person_or_none(st: DocState, tok: Token, got: Actor | None) -> Actor | None:
    """``got``, unless ``tok`` is a personal pronoun and ``got`` a state or body found through no person."""
    if got is None or tok.lower_ not in st.lex.group("personal_pronouns") or got[2] is not None:
        return got
    a = st.actors.get(got[0])
    return None if a is not None and a.get("kind") in _NO_PERSON else got


def speaker_or_none(st: DocState, tok: Token, speaker: Actor | None) -> Actor | None:
    """``speaker``, unless ``tok`` is (or its possessive is) a plural pronoun and the speaker a person."""
    pron = coref.possessive(tok) if tok.pos_ == "NOUN" else tok
    if speaker is None or pron is None or pron.lower_ not in st.lex.group("plural_pronouns"):
        return speaker
    return None if st.actors.get(speaker[0], {}).get("kind") == "person" else speaker
