"""A participle an event noun undergoes: in "une manifestation dispersée par la police" or "une
attaque repoussée par l'armée" the police and the army act on the event, they are not its authors,
as they are in "des obus tirés par X", "des frappes menées par X". A passive participle on an event
noun tells the noun's author through its agent unless it is a lexicon verb that takes its object as
its target (disperser, repousser, interdire, soutenir): then the noun is that verb's patient. A
meeting convened or hosted by X has X as its partner, not its author (nlp/events/convened_meetings.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.convened_meetings import convened
from conflictkg.nlp.events.state import DocState


def undergone(st: DocState, participle: Token) -> bool:
    """The event noun ``participle`` qualifies is the object (the target) of its verb."""
    verb = st.lex.verbs.get(participle.lemma_.lower())
    return (verb is not None and "obj" in verb.target) or convened(st, participle)
