"""Objects the French parser gives to the inverted incise after them (run by
``ckg_partitive_objects``, with the other noun-phrase mends of nlp/noun_phrase_arcs.py). In "les
soldats ont repris samedi le contrôle de Gao, tenue par le MUJAO, a annoncé le ministère" the parser
makes "le contrôle" the subject of "annoncé", whose own subject is inverted after it ("le
ministère", its object to the parser), and the main verb is left with no object. An incise is set
off by a comma and names its speaker after the verb: a noun phrase hung as the subject of such a
verb, before that comma and after a main verb with no object, is the main verb's object (round
frstyle82)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJ = frozenset({"nsubj"})
_CLAUSES = frozenset({"advcl", "parataxis", "ccomp", "conj"})
_AUX = frozenset({"aux", "aux:tense"})


def incise_objects(doc: Doc) -> None:
    for verb in doc:
        main = verb.head
        if verb.pos_ != "VERB" or verb.dep_ not in _CLAUSES or main.pos_ != "VERB" or main.i >= verb.i:
            continue
        if any(c.dep_ == "obj" for c in main.children):
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJ and main.i < c.i < verb.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not _inverted(verb):
            continue
        if _set_off(subj, verb):
            subj.head, subj.dep_ = main, "obj"


def _inverted(verb: Token) -> bool:
    """The incise's speaker, after it: a noun the parser took for its object."""
    return any(c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _set_off(subj: Token, verb: Token) -> bool:
    """A comma between the noun phrase and the verb, with nothing but the verb's auxiliaries after it."""
    doc = verb.doc
    comma = next((t for t in doc[subj.right_edge.i + 1 : verb.i] if t.text == ","), None)
    return comma is not None and all(t.dep_ in _AUX and t.head.i == verb.i for t in doc[comma.i + 1 : verb.i])
