"""Arcs of a compass point the tagger first read as "est" (être): in "les quartiers est de Homs" the
word gets a compass norm before the parser (nlp/present_verbs.py), yet the parser may still hang it
as a copula on the name after it ("est" → "Homs"), which then stands as an oblique of the verb and the
neighbourhoods lose their town. ``ckg_compass_arcs`` (after the parser) hangs such a compass word
(``compass_homographs``, no longer a verb) on the noun before it as its modifier, and the noun the
parser gave it as a copula on that noun as its complement ("les quartiers est [de Homs]")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def compass_arcs(compass: frozenset[str]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc[1:]:
            if tok.lower_ not in compass or tok.pos_ in ("AUX", "VERB") or tok.dep_ != "cop":
                continue
            noun, held = doc[tok.i - 1], tok.head
            if noun.pos_ != "NOUN" or held.i <= tok.i or held.pos_ not in ("PROPN", "NOUN"):
                continue
            if noun.is_ancestor(held) or held.is_ancestor(noun):
                continue  # a tree the arcs would make cyclic: leave it
            tok.head, tok.dep_ = noun, "amod"
            held.head, held.dep_ = noun, "nmod"
        return doc

    return component
