"""A subdivision named after its kind ("dans l'État de Zamfara", "dans l'État du Borno", "la province
du Logone oriental", "la région du lac Tchad"): NER takes the kind noun into the name ("État de
Zamfara"), cuts it after the article ("État du") or leaves a lower-case adjective out ("Logone"), so
the place looked up is a place called "État", or a town. The words after a noun of ``subdivision_nouns``
and its "de" are the subdivision when they spell (case aside) a first- or second-level subdivision of
the gazetteer: they become the place entity, the kind noun no part of it. A country named right after
("du lac Tchad") is the subdivision's own; any other name after it ("le lac Victoria") is another
place, left alone. A name NER ran from the kind noun on that spells no subdivision ("district de
Mocímboa da Praia", a district named after its town) is the name after the kind noun and its "de"
(round frstyle69), when the gazetteer knows that name and the parser scattered its words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from conflictkg.knowledge.lexicon import Lexicon

_LONGEST = 4  # words of a subdivision's name ("Kasaï oriental", "Mayo-Kebbi Est")


def name_subdivisions(doc: Doc, gazetteer: Any, lex: Lexicon) -> None:
    """Set the subdivision named after each kind noun as a place entity of its own."""
    nouns, of = lex.group("subdivision_nouns"), lex.group("of_preps")
    if not nouns:
        return
    spans: list[Span] = []
    for t in doc[:-2]:
        if t.lower_ not in nouns or doc[t.i + 1].lower_ not in of:
            continue
        span = _named(doc, t.i + 2, gazetteer) or _kind_cut_off(doc, t.i, gazetteer)
        if span is not None:
            spans.append(span)
    if spans:
        kept = [e for e in doc.ents if not any(s.start - 2 < e.end and e.start < s.end for s in spans)]
        doc.ents = sorted(kept + spans, key=lambda e: e.start)


def _named(doc: Doc, lo: int, gazetteer: Any) -> Span | None:
    """The longest run of words from ``lo`` spelling a subdivision, set off from any name after it."""
    for hi in range(min(len(doc), lo + _LONGEST), lo, -1):
        words = doc[lo:hi]
        if any(not (w.is_alpha or w.text == "-") for w in words) or not words[0].text[:1].isalpha():
            continue
        found = gazetteer.admins(words.text, named=True)
        if not found:
            continue
        after = doc[hi] if hi < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
            country = gazetteer.lookup_country_name(after.text)
            if country is None or all(a.country != country for a in found):
                return None  # "le lac Victoria": the lake, not Chad's Lac
            if lo <= after.head.i < hi:
                after.dep_ = "dep"  # "du lac Tchad": the country it lies in, no part of its name
        if words[0].pos_ == "NOUN":
            words[0].pos_ = "PROPN"  # "lac": the name of the Lac province, as written
        return Span(doc, lo, hi, label="LOC")
    return None


def _kind_cut_off(doc: Doc, kind: int, gazetteer: Any) -> Span | None:
    """The place entity NER opened on the kind noun at ``kind``, cut to the name after its "de" when
    the gazetteer knows that name; its words, which the parser may scatter ("da" read as a
    preposition), are one name."""
    ent = next((e for e in doc.ents if e.start == kind and e.end > kind + 2), None)
    if ent is None or not doc[kind + 2].text[:1].isupper():
        return None
    span = Span(doc, kind + 2, ent.end, label=ent.label_)
    scattered = any(w.pos_ != "PROPN" or not span.start <= w.head.i < span.end for w in span[1:])
    if not scattered or gazetteer.lookup(span.text) is None:
        return None  # "la région de Koursk": the name NER gave, kind and all, resolves as it is
    for w in span[1:]:
        w.head, w.dep_, w.pos_ = span[0], "flat:name", "PROPN"
    return span
