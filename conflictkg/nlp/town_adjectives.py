"""A city's name the English tagger reads as a nationality adjective: in "clashes in Aleppo city" or
"shells target Aleppo countryside", NER labels "Aleppo" NORP and the tagger an ADJ hung on the place
noun as ``amod``, so nothing reads it as the place it names (while "Homs city" comes out right).

A capitalised word right before a place noun of the lexicon (``place_nouns``: city, countryside,
province...) or a noun of its outskirts (``outskirt_words``: "Aleppo outskirts"), or before lower-case
adjectives of it ("Aleppo southern countryside"), that modifies it, that no demonym of the knowledge
base is ("Syrian city", "Turkish town") and that the gazetteer knows as a city is that city's name:
``retag_words`` (run by the actors component before it looks for mentions, after the demonym repair)
tags it a proper noun in a compound and a place entity. A word that names a smaller place somewhere
("Arab", a town in Alabama) stays the adjective it is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.apposed_acronyms import placed_acronyms
from conflictkg.nlp.fronted_articles import join_fronted_articles
from conflictkg.nlp.lower_demonyms import retag_demonyms
from conflictkg.nlp.misread_towns import name_misread_towns
from conflictkg.nlp.subdivision_names import name_subdivisions
from conflictkg.nlp.town_preps import mark_towns
from conflictkg.nlp.trailing_speakers import trailing_speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from conflictkg.knowledge.kb import KnowledgeBase
    from conflictkg.knowledge.lexicon import Lexicon

_CITY_KINDS = frozenset({"city", "capital"})
# "Aleppo countryside" as an adjective, or "Hama countryside" as a name NER took for an organisation
_NAME_TAGS = frozenset({"ADJ", "PROPN"})
_NAME_DEPS = frozenset({"amod", "compound"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a name before an area noun is the city's ("Hama countryside"); before a structure it names the
# structure ("the Palma bridge", "the Mosul dam": not at Palma de Mallorca, not in Mosul)
_AREA_KINDS = frozenset({"region", "district", "province"})
OUTSKIRT_WORDS = shared_words("outskirt_words")  # "Aleppo outskirts": an area around the city


def retag_words(doc: Doc, kb: KnowledgeBase, gazetteer: Any, lex: Lexicon) -> None:
    """The demonym repair (``lower_demonyms``), acronyms read as places (``apposed_acronyms``),
    subdivisions named after their kind (``subdivision_names``), then city names read as adjectives."""
    retag_demonyms(doc, kb)
    trailing_speakers(doc, lex)  # "X raped women ..., the UN said in a report": "women" the object
    name_misread_towns(doc, kb, gazetteer, lex)  # "air strikes on al-Atarib": NER's PERSON, a town
    join_fronted_articles(doc, gazetteer, lex)  # "la ville d'En Nahoud": the article read as "en"
    mark_towns(doc, gazetteer, lex.lang)  # "entrés à Kidal": a town's "à" (nlp/town_preps.py)
    placed_acronyms(doc, lex.generic, lambda name: gazetteer.lookup(name, lang=lex.lang) is not None)
    name_subdivisions(doc, gazetteer, lex)  # "dans l'État de Zamfara": Zamfara
    towns = [t for t in doc if _town_adjective(t, kb, gazetteer, lex)]
    if not towns:
        return
    for t in towns:
        t.pos_, t.tag_, t.dep_ = "PROPN", "NNP", "compound"
    spans = [Span(doc, t.i, t.i + 1, label="GPE") for t in towns]
    kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end for s in spans)]
    doc.ents = sorted(kept + spans, key=lambda e: e.start)


def _town_adjective(t: Token, kb: KnowledgeBase, gazetteer: Any, lex: Lexicon) -> bool:
    if t.pos_ not in _NAME_TAGS or t.dep_ not in _NAME_DEPS or not t.is_title or t.head.i <= t.i:
        return False
    between = t.doc[t.i + 1 : t.head.i]  # "Aleppo southern countryside": adjectives of the noun between
    if any(w.pos_ != "ADJ" or w.dep_ != "amod" or w.head.i != t.head.i or not w.is_lower for w in between):
        return False
    if t.pos_ == "PROPN" and (t.ent_type_ in _PLACE_LABELS or kb.resolve(t.text, lex.lang) is not None):
        return False  # a name already read as a place; or a group's ("SDF positions")
    head = t.head.lemma_.lower()  # "Aleppo outskirts": the area around the city (round ucdp83b)
    kind = lex.place_nouns.get(head) or ("region" if head in OUTSKIRT_WORDS else None)
    if kind is None or (t.pos_ == "PROPN" and kind not in _AREA_KINDS):
        return False
    if kb.resolve_demonym(t.text) is not None:
        return False
    hit = gazetteer.lookup(t.text)
    return hit is not None and hit.kind in _CITY_KINDS
