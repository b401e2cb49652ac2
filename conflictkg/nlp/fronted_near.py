"""Fronted English place phrases the tagger misreads: "Near Tikrit, four strikes hit two ISIL
fighting positions", "Outside Kandahar, insurgents ambushed a patrol". Capitalised at the start of a
sentence, the preposition is read as a proper noun or a compound of the name after it, and the name as
the verb's subject or a bare noun modifier (NER may even take "Near Gao" for a person), so the clause
loses the place it happened at.

``ckg_fronted_near`` (after NER) gives such a word of ``fronted_name_preps``, followed by a
capitalised name that a comma ends, its preposition reading back: it hangs on the root of the clause
after the comma as its ``prep``, the name as its ``pobj``; the name's entity loses the word and, a
place after such a preposition, is a place (``GPE``) whatever label NER gave it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictkg.nlp.syntax import root_of

_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_MAX_NAME = 6  # words of the name between the preposition and its comma


def fronted_near(preps: frozenset[str], articles: frozenset[str]) -> Callable[[Doc], Doc]:
    """The component: ``preps`` the prepositions read back, ``articles`` the lower-case words a name
    may hold ("Dayr az Zawr")."""

    def component(doc: Doc) -> Doc:
        for sent in doc.sents:
            first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
            if first is not None and first.lower_ in preps and first.dep_ != "prep":
                _rehang(doc, first, articles)
        return doc

    return component


def _rehang(doc: Doc, prep: Token, articles: frozenset[str]) -> None:
    if not prep.text[:1].isupper():
        return
    comma = next((t for t in doc[prep.i + 1 : prep.i + 2 + _MAX_NAME] if t.text == ","), None)
    if comma is None or comma.i == prep.i + 1:
        return
    words = doc[prep.i + 1 : comma.i]
    if not words[0].text[:1].isupper() or any(
        not (w.text[:1].isupper() or w.lower_ in articles or w.text == "-") or w.pos_ in _CLAUSE_POS
        for w in words
    ):
        return
    if any(w.ent_type_ in _TIME_LABELS for w in words):  # "Around Christmas,": a time, no place
        return
    inside = {prep.i, *(w.i for w in words)}
    heads = [w for w in words if w.head.i not in inside or w.head.i == w.i]
    verb = root_of(doc[comma.i + 1]) if comma.i + 1 < len(doc) else None
    if len(heads) != 1 or verb is None or verb.pos_ not in _CLAUSE_POS or verb.i <= comma.i:
        return
    if verb.sent != prep.sent:
        return
    name = heads[0]
    for w in words:
        if w.head.i == prep.i:
            w.head = name
    comma.head = verb
    name.head, name.dep_ = prep, "pobj"
    prep.head, prep.dep_ = verb, "prep"
    prep.pos_, prep.tag_, prep.lemma_ = "ADP", "IN", prep.lower_
    _place_entity(doc, prep, words)


def _place_entity(doc: Doc, prep: Token, words: Span) -> None:
    """The entity over the name (and the preposition NER took in) covers the name only, a place."""
    ents = list(doc.ents)
    hit = [e for e in ents if e.start <= words.end - 1 and e.end > prep.i]
    if not hit:
        return
    start, end = max(hit[0].start, words.start), max(e.end for e in hit)
    label = hit[0].label_ if hit[0].label_ in _PLACE_LABELS else "GPE"
    kept = [e for e in ents if e not in hit]
    if start < end:
        kept.append(Span(doc, start, end, label=label))
    doc.ents = sorted(kept, key=lambda e: e.start)


@Language.factory("ckg_fronted_near", default_config={"lang": "en"})
def make_fronted_near(nlp: Language, name: str, lang: str) -> Any:
    from conflictkg.knowledge.lexicon import load_lexicon

    lex = load_lexicon(lang)
    return fronted_near(lex.group("fronted_name_preps"), lex.group("name_articles"))
