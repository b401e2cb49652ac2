"""A town's name the English tagger reads as a person or an organisation: in "air strikes on al-Atarib",
"ISIS continues to fight in al-Bokamal", "clashes in the vicinity of Khan Toman" or "the southern
countryside of Hama", NER labels the name PERSON, ORG or PRODUCT (or leaves it out), so nothing reads it
as the place it names.

A capitalised name that is the object of a place preposition (``place_preps``: "in", "on", "near"), or
of an "of" complement of a place noun (``place_nouns``: "countryside", "town"), of a noun of what lies
around a place (``surrounding_nouns``: "vicinity", "outskirts", "east") or of the people living there
(``dweller_nouns``: "residents of Ghouta", round casemiss87), that no knowledge-base actor bears and
that the gazetteer knows as a place of a kind of ``misread_place_kinds`` (a village, a town, a city, a
region), is a place entity (GPE)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from conflictkg.knowledge.lexicon import shared_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from conflictkg.knowledge.kb import KnowledgeBase
    from conflictkg.knowledge.lexicon import Lexicon

_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})  # NER's misreadings
_NAME_DEPS = frozenset({"compound", "flat", "punct", "amod", "nmod"})
_KINDS = shared_words("misread_place_kinds")


def name_misread_towns(doc: Doc, kb: KnowledgeBase, gazetteer: Any, lex: Lexicon) -> None:
    """Set each misread town's name after a place preposition as a place entity."""
    if lex.lang != "en":
        return
    spans: list[Span] = []
    for t in doc:
        if t.dep_ != "pobj" or not t.text[:1].isupper() or not _place_object(t, lex):
            continue
        span = _name_of(doc, t, lex.group("name_articles"))
        if span is None or any(s.start < span.end and span.start < s.end for s in spans):
            continue
        if kb.resolve(span.text, lex.lang) is not None or kb.resolve_demonym(span.text) is not None:
            continue
        hit = gazetteer.lookup(span.text, lang=lex.lang)
        if hit is not None and hit.kind in _KINDS:
            spans.append(Span(doc, span.start, span.end, label="GPE"))
    if spans:
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end for s in spans)]
        doc.ents = sorted(kept + spans, key=lambda e: e.start)


def _place_object(t: Token, lex: Lexicon) -> bool:
    prep = t.head
    word = prep.lower_
    if word in lex.group("place_preps"):  # "in Karak area in Dar'a": a named place's container, left alone
        return prep.head.lemma_.lower() not in lex.place_nouns
    if word not in lex.group("of_preps"):
        return False
    head = prep.head
    words = {head.lower_, head.lemma_.lower()}  # "areas of Aleppo": "area"
    around = lex.group("surrounding_nouns") | lex.group("dweller_nouns")  # "residents of Ghouta"
    return any(w in lex.place_nouns or w in around for w in words)


def _name_of(doc: Doc, t: Token, articles: frozenset[str]) -> Span | None:
    """The name ``t`` ends: its entity when NER found one that is no place, else its capitalised
    compound words ("Khan Toman", "al-Bab")."""
    if t.ent_type_:
        ent = next(e for e in doc.ents if e.start <= t.i < e.end)
        if ent.label_ not in _NAME_LABELS or ent.end != t.i + 1:
            return None  # a place already, or a date ("in May"), a number
        return ent
    lo = t.i
    while lo > 0 and _name_part(doc[lo - 1], t, articles):
        lo -= 1
    while lo < t.i and doc[lo].text == "-":
        lo += 1
    return doc[lo : t.i + 1]


def _name_part(w: Token, t: Token, articles: frozenset[str]) -> bool:
    """``w`` is a word of the name ``t`` ends: a capitalised word, an Arabic article or a hyphen."""
    spelt = w.text == "-" or w.text[:1].isupper() or w.lower_ in articles
    return w.head.i == t.i and w.dep_ in _NAME_DEPS and spelt
