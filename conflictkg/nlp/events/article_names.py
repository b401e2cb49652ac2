"""Arabic place names written with a lower-case article inside ("Madinat as Saleh", "Tal as Samin",
"Ras al Ain"): the parser cuts such a name at the article, which it reads as a preposition ("as") or a
determiner, and the gazetteer would then match the first word alone, anywhere in the world ("Madinat":
Saudi Arabia's Madinah). A name goes on across an article (lexicon ``name_articles``) that joins two
capitalised words with no punctuation between; the gazetteer then reads it whole or not at all."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def article_end(st: DocState, hi: int) -> int:
    """The last word of the name ending at ``hi``, carried on across inner Arabic articles."""
    doc, articles = st.doc, st.lex.group("name_articles")
    end = doc[hi].sent.end
    while hi + 2 < end and _capital(doc[hi]) and doc[hi + 1].text in articles and _capital(doc[hi + 2]):
        hi += 2
        while hi + 1 < end and _capital(doc[hi + 1]) and doc[hi + 1].pos_ == "PROPN" and doc[hi].whitespace_:
            hi += 1  # "Tal as Samin Gharbi"
    return hi


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.islower() for ch in tok.text) and not tok.is_sent_start


def particle_start(st: DocState, lo: int) -> int:
    """ "in Leon de los Aldama": a name cut after a particle (lexicon name_particles) starts at the
    capitalised word that opens it, across particles and capitalised words ("Barra de Santo Antonio")."""
    doc, parts, i, best, crossed = st.doc, st.lex.group("name_particles"), lo, lo, False
    while i > 0 and ((doc[i - 1].is_lower and doc[i - 1].lower_ in parts) or doc[i - 1].pos_ == "PROPN"):
        i -= 1
        crossed = crossed or doc[i].is_lower
        if crossed and doc[i].is_title and not doc[i].is_sent_start:
            best = i
    return best
