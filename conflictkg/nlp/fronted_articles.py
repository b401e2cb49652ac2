"""An Arabic place name that opens with its capitalised article in French ("la ville d'En Nahoud",
"le village d'El Geneina"): after an elided "d'", the tagger takes "En" for the preposition and NER
keeps only "Nahoud", which names no place, so the town is lost.

A capitalised word inside the sentence whose lower case is an article of the lexicon
(``fronted_name_articles``), right before a place entity or a capitalised proper noun, joins that name
when the gazetteer knows the two together as a place: the word becomes a proper noun of the name, the
name takes its place in the parse with the preposition before it, and the two are one place entity.

The same holds for a name's first word the tagger reads as a determiner or a verb though it is no
common word ("le contrôle de Wad Madani, selon des témoins": "Wad" a possessive or an infinitive, NER
a person): a capitalised determiner or verb inside the sentence that is no stop word joins the proper
nouns right after it when the gazetteer knows the two together as a place (round frmiss85)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from conflictkg.knowledge.lexicon import Lexicon

_PLACE_LABELS = frozenset({"LOC", "GPE", "MISC"})


def join_fronted_articles(doc: Doc, gazetteer: Any, lex: Lexicon) -> None:
    """Join each capitalised Arabic article to the place name right after it."""
    articles = lex.group("fronted_name_articles")
    if not articles:
        return
    spans: list[Span] = []
    for t in doc:
        if _name_word(t):
            name = _proper_nouns_after(doc, t)
        elif _article(t, articles):
            name = _name_after(doc, t)
        else:
            continue
        if name is None or gazetteer.lookup(doc[t.i : name.end].text, lang=lex.lang) is None:
            continue
        whole = doc[t.i : name.end]
        spans.append(Span(doc, whole.start, whole.end, label="LOC"))
        _attach(t, name.root)
    if spans:
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end for s in spans)]
        doc.ents = sorted(kept + spans, key=lambda e: e.start)


def _article(t: Token, articles: frozenset[str]) -> bool:
    return (
        not t.is_sent_start
        and t.text[:1].isupper()
        and t.lower_ in articles
        and t.i + 1 < len(t.doc)
        and t.whitespace_ != ""
        and t.doc[t.i - 1].text != ":"  # "Soudan : En ...": a label's first word
    )


def _name_word(t: Token) -> bool:
    """A capitalised word inside the sentence tagged as a determiner or a verb, no common word ("Wad")."""
    return (
        t.pos_ in ("DET", "VERB")
        and not t.is_stop
        and not t.is_sent_start
        and t.text[:1].isupper()
        and t.i + 1 < len(t.doc)
        and t.whitespace_ != ""
        and t.doc[t.i - 1].text != ":"
    )


def _name_after(doc: Doc, t: Token) -> Span | None:
    """The place entity, or the capitalised proper nouns, right after ``t``."""
    nxt = doc[t.i + 1]
    if nxt.ent_type_:
        ent = next(e for e in doc.ents if e.start <= nxt.i < e.end)
        return ent if ent.start == nxt.i and ent.label_ in _PLACE_LABELS else None
    return _proper_nouns_after(doc, t)


def _proper_nouns_after(doc: Doc, t: Token) -> Span | None:
    """The capitalised proper nouns right after ``t``."""
    nxt = doc[t.i + 1]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
        return None
    end = nxt.i + 1
    while end < nxt.sent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return doc[nxt.i : end]


def _attach(article: Token, root: Token) -> None:
    """The article becomes the name's first word; what hung on it (its "d'") hangs on the name."""
    if root.head.i == article.i:
        root.head, root.dep_ = article.head, article.dep_
    for child in list(article.children):
        if child.i != root.i:
            child.head = root
    article.pos_, article.tag_, article.dep_ = "PROPN", "PROPN", "flat:name"
    article.head = root
