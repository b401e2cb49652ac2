"""Property a capture verb takes: what is seized (CAMEO 171) rather than territory taken."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, first_child


def taken_object(verb: Token) -> Token | None:
    """The object of a capture verb, or the one it shares with the verb coordinated to it ("seized
    and destroyed a mine": the parser hangs the mine on the second verb)."""
    obj = first_child(verb, OBJ)
    for c in verb.children:
        if obj is not None:
            break
        if c.dep_ == "conj" and c.pos_ == "VERB" and first_child(c, SUBJECTS) is None:
            obj = first_child(c, OBJ)
    return obj


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def owned_property(st: DocState, obj: Token) -> bool:
    """ "an agricultural factory", "a citizen's farm", "their agricultural lands": a territory noun
    that a modifier (``property_modifiers``) or an owner (``owner_nouns``) makes someone's property."""
    lex = st.lex
    of = lex.group("of_preps")  # "a large area of Palestinian-owned land": the land's owner
    held = [
        g for c in obj.children if c.dep_ == "prep" and c.lower_ in of for g in c.children if g.dep_ == "pobj"
    ]
    for c in [*obj.children, *(c for h in held for c in h.children)]:
        if c.dep_ == "amod" and c.lower_ in lex.group("property_modifiers"):
            return True
        if c.dep_ == "poss" and c.lemma_.lower() in lex.group("owner_nouns"):
            return True
    return False


def recovered_arms(st: DocState, verb: Token) -> bool:
    """ "recovered a cache of explosives", "recovered an arms haul": what a verb of taking back
    (no_seizure) takes is seized when it is arms (``recovered_arms_nouns``, ACLED's disrupted weapons
    use) no one lost (``lost_property_words``: "recovered stolen weapons" are returned, not seized)."""
    obj = taken_object(verb)
    if obj is None:
        return False
    lex = st.lex
    held = [g for c in obj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "recovered improvised explosive devices": a modifier may name the arms
    words = [t for h in (obj, *held) for t in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))]
    if not any(t.lemma_.lower() in lex.group("recovered_arms_nouns") for t in words):
        return False
    lost = lex.group("lost_property_words")
    return not any(c.dep_ == "amod" and c.lower_ in lost for h in (obj, *held) for c in h.children)
