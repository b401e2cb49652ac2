"""A receiver named right after a verb of giving that the parser hung on the object as its modifier
("Saudi Arabia offered Pakistan financial aid", "gave Sudan a loan" read as "Pakistan's financial
aid"): a state's name that opens the object's phrase right after the verb, as the object noun's
``nmod`` or ``compound``, is the verb's indirect object for a predicate whose target roles hold one
("iobj"). A demonym ("offered Pakistani aid") or a name after a determiner ("offered the Pakistan
army aid") stays the modifier it is."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ

_MODIFIER_DEPS = frozenset({"nmod", "compound"})


def misread_datives(st: DocState, verb: Token, noun: Token | None) -> Iterator[Token]:
    """The state names that open the object phrase of ``verb`` right after it, as its modifiers."""
    objs = [noun] if noun is not None and noun.dep_ in OBJ else [c for c in verb.children if c.dep_ in OBJ]
    for obj in objs:
        for c in obj.children:
            m = st.covered.get(c.i)
            if c.dep_ not in _MODIFIER_DEPS or c.left_edge.i != verb.i + 1 or c.i >= obj.i or m is None:
                continue
            if m["kind"] == "state" and not m["demonym"]:
                yield c
