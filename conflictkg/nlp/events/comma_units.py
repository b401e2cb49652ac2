"""The wider unit written after a place and a comma ("in Benito Juarez, Nuevo Leon, gunmen shot a man",
"in San Carlos, Cojedes state, inmates ...", "in Jalalpur, Shamli (UP)"), read from the words
themselves when the parser hangs that unit anywhere (a subject, a compound of "state") and NER gives
it any label ("Bahia" as an organisation). It is a hint of where the place lies, which the gazetteer
checks (a region of the article's country, a town of one country); it is never a place of its own.

A link is a run of capitalised proper nouns (name particles inside: "Rio de Janeiro"), optionally
followed by a unit noun ("state", "district", "municipality"), closed by a comma, a bracket or the
sentence's end. A chain that a conjunction ends ("in Gao, Timbuktu, and Kidal") is a list of places,
never an address; nor is a link an actor the text names ("in Paris, Macron, who ...")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.nlp.events.state import DocState

_UNIT_KINDS = frozenset({"district", "province", "region", "city", "town", "village"})
_CLOSERS = frozenset({",", ".", "(", ")", ";"})
_OUTER_DEPS = frozenset({"nmod", "compound", "npadvmod", "amod"})


def comma_unit(st: DocState, tok: Token) -> Token | None:
    """The last word of the unit named after ``tok``'s name and a comma, or None."""
    doc, sent = tok.doc, tok.sent
    i = _name_end(st, tok) + 1
    if i >= sent.end or doc[i].text != "," or _in_list(st, tok):
        return None
    link = _link(st, i + 1)
    if link is None:
        return None
    words = doc[link[0] : link[-1] + 1]
    return None if any(not _free(st, t) for t in words) else words[-1]


def named_unit(st: DocState, tok: Token) -> bool:
    """``tok`` names a place set beside another: a proper noun, or a unit noun after its own name ("Phum
    Thmei village, Samlout district of Battambang province": "district", the parser's apposition)."""
    if tok.pos_ == "PROPN":
        return True
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)
    return named and _unit_noun(st, tok)


def _name_end(st: DocState, tok: Token) -> int:
    """The last word of the name ``tok`` heads, with a unit noun after it ("Carranza municipality")."""
    doc, i = tok.doc, tok.i
    while i + 1 < tok.sent.end and doc[i + 1].pos_ == "PROPN" and doc[i + 1].head.i in (tok.i, i + 1):
        i += 1
    return i + 1 if i + 1 < tok.sent.end and _unit_noun(st, doc[i + 1]) else i


def _unit_noun(st: DocState, tok: Token) -> bool:
    return tok.is_lower and st.lex.place_nouns.get(tok.lemma_.lower()) in _UNIT_KINDS


def _link(st: DocState, start: int) -> list[int] | None:
    """The proper nouns of the link opening at ``start`` (its unit noun left out), when it is closed."""
    doc, end = st.doc, st.doc[start].sent.end if start < len(st.doc) else start
    parts = st.lex.group("name_particles")
    ids: list[int] = []
    i = start
    while i < end and (_capital_name(doc[i]) or (ids and doc[i].lower_ in parts and _capital_after(doc, i))):
        ids.append(i)
        i += 1
    if not ids or not _capital_name(doc[ids[-1]]):
        return None
    if i < end and _unit_noun(st, doc[i]):
        i += 1
    return ids if i >= end or doc[i].text in _CLOSERS else None


def _capital_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start


def _capital_after(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and _capital_name(doc[i + 1])


def _free(st: DocState, tok: Token) -> bool:
    """Not a word of an actor the text names (a country name is a unit: "Nis, Serbia")."""
    m = st.covered.get(tok.i)
    return m is None or m["kind"] == "state"


def _in_list(st: DocState, tok: Token) -> bool:
    """The chain of comma-set names from ``tok`` on goes on with "and"/"or" ("in Gao, Timbuktu and
    Kidal", "Cachambi, Andarai, Meier and Alemao"): a list of places, not an address."""
    doc, end = tok.doc, tok.sent.end
    i = _name_end(st, tok) + 1
    while i < end and doc[i].text == ",":
        i += 1
        while i < end and (_capital_name(doc[i]) or doc[i].lower_ in st.lex.group("name_particles")):
            i += 1
        while i < end and _unit_noun(st, doc[i]):
            i += 1
    return i < end and doc[i].pos_ == "CCONJ"


def bracket_outer(st: DocState, ref: dict[str, Any], tok: Token) -> dict[str, Any]:
    """ "in Osorno (Los Lagos), ...": the parser may take the bracketed unit for the locative's noun
    and the town before the bracket for its modifier; the town is the place, the unit its hint."""
    doc = tok.doc
    opening = next((c.i for c in tok.children if c.text == "(" and c.i < tok.i), None)
    if opening is None or ref.get("alt") or not any(c.text == ")" and c.i > tok.i for c in tok.children):
        return ref
    outer = [c for c in tok.children if c.dep_ in _OUTER_DEPS and c.pos_ == "PROPN" and c.i == opening - 1]
    if not outer or not _free(st, outer[0]) or not _capital_name(outer[0]):
        return ref
    lo = outer[0].i
    while lo - 1 >= 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i == outer[0].i:
        lo -= 1
    return {**ref, "name": doc[lo : outer[0].i + 1].text, "alt": ref["name"], "start": lo}
