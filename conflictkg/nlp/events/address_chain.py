"""Addresses written as a comma chain: "in Bijapur, Chhattisgarh, India", "Kawuri village, Konduga
LGA, Borno". The parser often reads such a chain as a list (``conj``) rather than appositions; with
no coordinating conjunction anywhere in it, it is one place followed by the wider units it lies in,
never several places ("in Gao, Timbuktu and Kidal" is a list)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.syntax import OBJ, SUBJ_PASS

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


def _closed(tok: Token) -> bool:
    """The name is followed by a comma or the end of its sentence: an address's last link."""
    nxt = tok.i + 1
    return nxt >= tok.sent.end or tok.doc[nxt].text in (",", ".", ")")


def beside_name(tok: Token) -> Token | None:
    """The name set beside ``tok`` that says where it lies: an apposition ("Salah Aldeen (Tripoli)"),
    or the next link of a comma chain with no conjunction the parser read as a list."""
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None:
        return appos
    doc = tok.doc
    for c in tok.children:
        lo = c.left_edge.i  # the name's first word ("Nuevo Leon")
        after_comma = lo >= 2 and doc[lo - 1].text == "," and doc[lo - 2].i >= tok.i
        # NER may take a state written after its town for a person ("Benito Juarez, Nuevo Leon,")
        named = c.ent_type_ in _PLACE_ENTS or (c.ent_type_ == "PERSON" and _closed(c))
        if c.dep_ == "conj" and c.pos_ == "PROPN" and named and after_comma:
            return c if _no_conjunction(tok) else None
    return None


def chain_link(tok: Token) -> bool:
    """Whether ``tok`` is the wider unit of a fronted address ("In Sinop, Mato Grosso, a man was
    killed"), which the parser may take for the clause's subject: a name set between commas right
    after a place named by a locative ("in Sinop"). It is no object nor subject of the verb."""
    doc, hi = tok.doc, tok.i  # the name's own words: the parser may hang what follows on it
    lo = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("compound", "flat", "flat:name"))])
    if lo < 2 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return False
    before = doc[lo - 2]
    return before.ent_type_ in _PLACE_ENTS and before.dep_ == "pobj" and before.head.i < before.i


def with_scene(placed: dict[str, Any], scene: dict[str, Any] | None) -> dict[str, Any]:
    """A place in the clause, with the fronted place that sets its scene ("In Sinop, Mato Grosso,
    ... in Vila Mariana neighborhood") as where it lies when the gazetteer's namesake is far away."""
    if scene is None or placed.get("fallback") or placed.get("alt"):
        return placed
    return {**placed, "fallback": scene}


def verb_objects(tok: Token, passive: bool) -> list[Token]:
    """The objects of a verb, and its passive subjects when ``passive``, less a fronted address's
    wider unit the parser took for one."""
    args = [c for c in tok.children if c.dep_ in OBJ or (passive and c.dep_ in SUBJ_PASS)]
    return [c for c in args if not chain_link(c)]
