"""Arabic place names written with a lower-case article inside ("Madinat as Saleh", "Tal as Samin",
"Ras al Ain"): the parser cuts such a name at the article, which it reads as a preposition ("as") or a
determiner, and the gazetteer would then match the first word alone, anywhere in the world ("Madinat":
Saudi Arabia's Madinah). A name goes on across an article (lexicon ``name_articles``) that joins two
capitalised words with no punctuation between; the gazetteer then reads it whole or not at all. A name
cut after such an article ("Deir ez Zor" read as "Zor") goes back to the capitalised word before it, as
an Iberian name cut after a particle ("Leon de los Aldama") goes back to the word that opens it."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.name_articles import carried, is_capitalised

_NAME_WORD_DEPS = frozenset({"compound", "flat", "flat:name", "fixed", "nmod", "amod", "det"})


def article_end(st: DocState, hi: int) -> int:
    """The last word of the name ending at ``hi``, carried on across inner Arabic articles."""
    return carried(st.doc, hi, st.lex.group("name_articles"))


def article_start(st: DocState, lo: int) -> int:
    """ "in Deir ez Zor", "Qasr bin Ghashir": the name the parser cut after an inner article, read from
    the capitalised word before it; the article must be a word of the name (the parser's compound or
    flat), never a preposition before it ("the Houthis at Marib")."""
    doc, articles = st.doc, st.lex.group("name_articles")
    start = doc[lo].sent.start
    while lo - 2 >= start and doc[lo - 1].text in articles and doc[lo - 1].dep_ in _NAME_WORD_DEPS:
        before = doc[lo - 2]
        if not (is_capitalised(before) and before.whitespace_ and doc[lo - 1].whitespace_):
            break
        if before.head.i not in range(lo - 2, lo + 2) and before.head.i != doc[lo].head.i:
            break
        lo -= 2
    return lo


def particle_start(st: DocState, lo: int) -> int:
    """ "in Leon de los Aldama": a name cut after a particle (lexicon name_particles) starts at the
    capitalised word that opens it, across particles and capitalised words ("Barra de Santo Antonio")."""
    lo = article_start(st, lo)
    doc, parts, i, best, crossed = st.doc, st.lex.group("name_particles"), lo, lo, False
    while i > 0 and ((doc[i - 1].is_lower and doc[i - 1].lower_ in parts) or doc[i - 1].pos_ == "PROPN"):
        i -= 1
        crossed = crossed or doc[i].is_lower
        if crossed and doc[i].is_title and not doc[i].is_sent_start:
            best = i
    return best


def particle_end(st: DocState, hi: int) -> int:
    """ "in Gaucha do Norte, Mato Grosso": an Iberian name the parser cut before a particle (lexicon
    name_particles) goes on across it to the capitalised words after it, up to a punctuation mark
    (round enloc87)."""
    doc, parts = st.doc, st.lex.group("name_particles")
    end = doc[hi].sent.end
    while hi + 2 < end and doc[hi + 1].lower_ in parts and doc[hi + 1].is_lower and doc[hi].whitespace_:
        after = doc[hi + 2]
        if not (after.is_title and after.pos_ == "PROPN" and doc[hi + 1].whitespace_):
            break
        hi += 2
        while hi + 1 < end and doc[hi + 1].is_title and doc[hi + 1].pos_ == "PROPN" and doc[hi].whitespace_:
            hi += 1  # "Barra de Santo Antonio"
    return hi
