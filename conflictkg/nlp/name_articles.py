"""Arabic place names written with a lower-case article inside ("Madinat as Saleh", "Tal as Samin"): the
name goes on across an article (lexicon ``name_articles``) that joins two capitalised words with no
punctuation between but the hyphen that may tie the article to the next ("Deir ez-Zor"), where the
parser and NER cut it ("Madinat" alone: Saudi Arabia's Madinah)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token


def carried(doc: Doc, hi: int, articles: Collection[str]) -> int:
    """The last word of the name ending at ``hi``, carried on across inner Arabic articles."""
    end = doc[hi].sent.end
    while hi + 2 < end and is_capitalised(doc[hi]) and doc[hi + 1].text in articles:
        nxt = hi + 2 + _hyphen(doc, hi + 1)  # "Deir ez-Zor": the article joined by a hyphen
        if nxt >= end or not is_capitalised(doc[nxt]):
            break
        hi = nxt
        while (
            hi + 1 < end
            and is_capitalised(doc[hi + 1])
            and doc[hi + 1].pos_ == "PROPN"
            and doc[hi].whitespace_
        ):
            hi += 1  # "Tal as Samin Gharbi"
    return hi


def whole_name(ent: Span, articles: Collection[str]) -> str:
    """The text of the place entity ``ent`` with what it cut at an inner article ("Madinat as Saleh")."""
    return ent.doc[ent.start : carried(ent.doc, ent.end - 1, articles) + 1].text


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.islower() for ch in tok.text) and not tok.is_sent_start


def _hyphen(doc: Doc, article: int) -> int:
    """1 when a hyphen written tight follows the article at ``article``, else 0."""
    tight = not doc[article].whitespace_ and article + 1 < len(doc) and doc[article + 1].text == "-"
    return 1 if tight and not doc[article + 1].whitespace_ else 0


def same_entity(a: Token, b: Token) -> bool:
    """``a`` and ``b`` lie in one named entity ("Deir" read as the possessor of "Zor")."""
    lo, hi = sorted((a.i, b.i))
    inside = all(a.doc[j].ent_iob_ == "I" for j in range(lo + 1, hi + 1))
    return bool(a.ent_type_) and a.ent_type_ == b.ent_type_ and inside
