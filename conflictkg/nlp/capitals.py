"""Fronted places: "A Deraa, les forces ont bombardé ..." / "À Kaboul, des insurgés ont attaqué ...".
French capitals often go without their accent ("A" for "À"), and the parser reads a sentence-initial
locative set off by a comma as a sentence of its own (its name the root), so the clause after the
comma has no place. ``ckg_fronted_places`` (after the parser) hangs such a name on the root of the
clause after its comma as an oblique, its preposition ("A" read as "à": ``fronted_place_preps``,
compared without accents) as its case marker, so the event's place is found as for "à Kaboul"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.nlp.fronted_sources import fronted_sources
from conflictkg.nlp.syntax import root_of
from conflictkg.textkeys import strip_accents

NAME_POS = frozenset({"PROPN", "NOUN"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
OBLIQUE, CASE, PREPOSITION = "obl:mod", "case", "ADP"


def fronted_places(preps: frozenset[str], sources: frozenset[str] = frozenset()) -> Callable[[Doc], Doc]:
    """The component: ``preps`` the prepositions that may open such a locative ("à", "en"); ``sources``
    those of a fronted source phrase ("selon X, ...": nlp/fronted_sources.py)."""
    plain = {strip_accents(p): p for p in preps}

    def component(doc: Doc) -> Doc:
        for tok in doc:
            prep = plain.get(strip_accents(tok.lower_))
            if prep is not None and tok.is_sent_start and tok.text[:1].isupper():
                _rehang(tok, prep)
        fronted_sources(doc, sources)
        return doc

    return component


def _rehang(tok: Token, prep: str) -> None:
    doc = tok.doc
    name = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if name is None or name.pos_ not in NAME_POS or not name.text[:1].isupper():
        return
    if name.head.i == tok.i:  # "A" read as a noun or the phrase's head, the name its complement
        top = tok
    elif tok.head.i == name.i:
        top = name
    else:
        return
    if top.head.i != top.i:  # the phrase hangs on the clause already: the name takes the place of "A"
        head, dep = top.head, top.dep_ if top is name else OBLIQUE
    else:  # a parse of its own: the name hangs on the root of the clause after the comma
        after = name.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return
        head, dep = root_of(doc[after + 1]), OBLIQUE
        if head.pos_ not in CLAUSE_POS or head.i <= after:
            return
        doc[after].head = head
    name.head, name.dep_ = head, dep
    tok.head, tok.dep_ = name, CASE
    tok.lemma_, tok.pos_ = prep, PREPOSITION
