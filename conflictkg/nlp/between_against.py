"""'Clashes between X against Y', the wire idiom for 'between X and Y' (issue 14): the small English
parser hangs 'against Y' on the fight noun, so the fight has one side under 'between' and the other
nowhere, and reads as the unnamed armed group's fight with X. An opposing preposition
(``between_opposing_preps`` in shared.json) right after the only side of a 'between' phrase, and hung
on the same word as that phrase, opposes that side: it hangs on the side, as the parser hangs it
when it reads 'clashes between the army against the rebels' right, and the fight has both sides (run by
``ckg_compound_subjects``)."""

from __future__ import annotations

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import shared_words


def between_against(doc: Doc) -> None:
    between, opposing = shared_words("between_preps"), shared_words("between_opposing_preps")
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in between:
            continue
        side = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if side is None or any(c.dep_ == "conj" for c in side.children):
            continue
        end = max(t.i for t in side.subtree) + 1
        if end >= prep.sent.end:
            continue
        other = doc[end]
        if other.lower_ in opposing and other.dep_ == "prep" and other.head.i == prep.head.i:
            other.head = side
