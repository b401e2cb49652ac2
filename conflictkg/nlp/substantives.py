"""Group nouns the tagger reads as adjectives: "trois humanitaires suédois" ("humanitaire" is an
adjective too). An adjective that heads a noun phrase (an argument, with a determiner or a number
of its own) and carries a demonym is the noun, so the group it names is found with that demonym
("suédois": Civilians (Sweden), not the place's country). With no demonym the group is left to the
rules that find it without one (the place's or the article's country), unless the adjective is
itself the subject or the object of its clause ("deux religieuses ont été enlevées"): that is a
noun's place, the group the same as the noun's."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

_ARGUMENT_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:agent", "nmod", "conj"})
_CORE_DEPS = frozenset({"obj", "nsubj", "nsubj:pass"})


def substantive(t: Token, demonyms: Container[int]) -> bool:
    """Whether the adjective ``t`` heads a noun phrase with a demonym (token indices ``demonyms``), or
    one that is its clause's subject or object."""
    return (
        t.pos_ == "ADJ"
        and t.dep_ in _ARGUMENT_DEPS
        and any(c.dep_ in ("det", "nummod") and c.i < t.i for c in t.children)
        and (t.dep_ in _CORE_DEPS or any(c.dep_ == "amod" and c.i in demonyms for c in t.children))
    )
