"""A noun the French parser glues to the partitive article before it: in "a utilisé des gaz
lacrymogènes contre les manifestants" it reads "des gaz" as one fixed determiner of "manifestants",
so the verb's object is the people the gas is used against and the gas is lost.

``unglue`` (run by ``ckg_partitive_objects``, after the parser) gives such a noun its own phrase back:
the article is its determiner, the noun takes the place the parser gave the later noun (the verb's
object, or its subject), and that later noun, opened by its own preposition ("contre"), hangs on the
verb as an oblique (on a noun as its complement), as the parser reads "du gaz ... contre X"."""

from __future__ import annotations

from spacy.tokens import Doc

_OBLIQUE = "obl:mod"


def unglue(doc: Doc, articles: frozenset[str]) -> None:
    for tok in doc:
        if tok.dep_ != "fixed" or tok.pos_ != "NOUN":
            continue
        article = tok.head
        if article.lower_ not in articles or article.i != tok.i - 1 or article.dep_ != "det":
            continue
        noun = article.head
        if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == noun.i:
            continue
        if not any(c.dep_ == "case" and tok.i < c.i < noun.i for c in noun.children):
            continue  # "des gaz lacrymogènes les manifestants": nothing opens a phrase of its own
        head = noun.head
        tok.head, tok.dep_ = head, noun.dep_
        article.head, article.dep_ = tok, "det"
        noun.dep_ = _OBLIQUE if head.pos_ in ("VERB", "AUX") else "nmod"
