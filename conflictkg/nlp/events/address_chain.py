"""Addresses written as a comma chain: "in Bijapur, Chhattisgarh, India", "Kawuri village, Konduga
LGA, Borno". The parser often reads such a chain as a list (``conj``) rather than appositions; with
no coordinating conjunction anywhere in it, it is one place followed by the wider units it lies in,
never several places ("in Gao, Timbuktu and Kidal" is a list)."""

from __future__ import annotations

from spacy.tokens import Token

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _no_conjunction(tok: Token) -> bool:
    """No "and"/"et"/"or" coordinates anything in the chain that starts at ``tok``."""
    seen, todo = set(), [tok]
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if any(c.dep_ == "cc" for c in t.children):
            return False
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos", "npadvmod"))
    return True


def beside_name(tok: Token) -> Token | None:
    """The name set beside ``tok`` that says where it lies: an apposition ("Salah Aldeen (Tripoli)"),
    or the next link of a comma chain with no conjunction the parser read as a list."""
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None:
        return appos
    doc = tok.doc
    for c in tok.children:
        after_comma = c.i >= 2 and doc[c.i - 1].text == "," and doc[c.i - 2].i >= tok.i
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in _PLACE_ENTS and after_comma:
            return c if _no_conjunction(tok) else None
    return None
