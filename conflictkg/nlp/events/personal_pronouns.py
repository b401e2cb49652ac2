"""An English personal pronoun ("he", "she", "him", "her") stands for a person, never for a
state or an organisation: "Abu X moved fighters into Iraq. He was killed in a raid by the US
military" does not make Iraq the raid's target. The actor a coreference finds for one is dropped
when it is a state, an intergovernmental body or a coalition not found through a person (its
official, a commander): no reading of the pronoun; a person, or one of a generic class ("accusing him
of being an informer": a civilian), stays (the lexicon's ``personal_pronouns``: none
in French, where "il" and "elle" stand for any noun's gender).

A plural pronoun or possessive (``plural_pronouns``: "they", "their") never stands for the one person
who speaks: "teachers staged a dharna, demanding the regularisation of their services, union president
X said" makes X no owner of the services, and so no target of the protest (round protest82). Nor for
a body or a state that speaks when the clause's own plural subject comes before it: "Iraqi forces
seized the university in their battle with IS, state television said": the forces' battle, not the
broadcaster's country's (round enreal83)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.tree import contains, pronoun_governors, verb_subject

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
    if st.actors.get(speaker[0], {}).get("kind") == "person" or _plural_subject_before(tok):
        return None
    return speaker


def _plural_subject_before(tok: Token) -> bool:
    """The verb governing ``tok`` has a plural noun subject before it, which does not hold it."""
    g = next((g for g in pronoun_governors(tok) if g.pos_ in ("VERB", "AUX")), None)
    subj = verb_subject(g) if g is not None else None
    return subj is not None and subj.tag_ in ("NNS", "NNPS") and subj.i < tok.i and not contains(subj, tok)
