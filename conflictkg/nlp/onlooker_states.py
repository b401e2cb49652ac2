"""A state that speaks of a fight is not a party to it: in "Kenya condemned the clashes between
government troops and al-Shabaab in Somalia" the troops are Somalia's, not the condemning Kenya's. The
state is the subject of a verb the lexicon reads as ACCUSE or REQUEST ("condemned", "called for an end
to"), and the institution noun sits inside that verb's object, an attack noun (a FIGHT or ASSAULT noun
of the lexicon) that is not the institution itself."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.faced_states import OBJECT_DEPS, SUBJECT_DEPS, state_countries

_SPOKEN = ("ACCUSE", "REQUEST")  # the types of a stance on a fight
_FOUGHT = ("FIGHT", "ASSAULT")


def _spoken_of(noun: Token, lex: Lexicon) -> Token | None:
    """The verb whose object is the attack noun ``noun`` stands in, when that verb takes a stance."""
    for anc in noun.ancestors:
        pred = lex.nouns.get(anc.lemma_.lower())
        if anc.dep_ in OBJECT_DEPS and pred is not None and pred.type in _FOUGHT:
            verb = lex.verbs.get(anc.head.lemma_.lower())
            return anc.head if verb is not None and verb.type in _SPOKEN else None
    return None


def onlooker_countries(
    doc: Doc, noun: Token, mentions: list[dict[str, Any]], actors: dict[str, Any], lex: Lexicon
) -> set[str]:
    """The countries (ISO3) of the states that are the subject of a verb taking a stance on the fight
    the institution ``noun`` is named in."""
    verb = _spoken_of(noun, lex)
    if verb is None:
        return set()
    return state_countries(doc, mentions, actors, SUBJECT_DEPS, verb)
