"""A misspelt object noun of a verb + noun predicate ("took contol of X"): the written word is no
word the lemmatizer's index knows, and one edit (a letter left out, added, changed or two swapped)
away from a noun the lexicon pairs with the object's verb; it gets that noun as its lemma, so the
predicate is found. Only nouns of ``MIN_LENGTH`` letters or more, and, where the predicate names
the preposition of its place ("control of X"), only an object that has it."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon, Predicate
from conflictkg.nlp.syntax import OBJ

MIN_LENGTH = 6  # shorter nouns have real words one edit away ("part"/"park")


def misspelt_objects(lex: Lexicon, known: frozenset[str]) -> Callable[[Doc], Doc]:
    """The component: ``known`` are the words the lemmatizer's index holds (all parts of speech)."""
    by_verb: dict[str, list[tuple[str, Predicate]]] = {}
    for (verb, noun), pred in lex.verb_object.items():
        if len(noun) >= MIN_LENGTH:
            by_verb.setdefault(verb, []).append((noun, pred))

    def fix(doc: Doc) -> Doc:
        for tok in doc:
            if tok.dep_ in OBJ and tok.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() in by_verb:
                noun = _meant(tok, by_verb[tok.head.lemma_.lower()], known)
                tok.lemma_ = noun or tok.lemma_
        return doc

    return fix


def _meant(tok: Token, nouns: list[tuple[str, Predicate]], known: frozenset[str]) -> str | None:
    word = tok.lower_
    if len(word) < MIN_LENGTH - 1 or word in known or not word.isalpha():
        return None
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    meant = [
        noun for noun, pred in nouns
        if OSA.distance(word, noun) == 1 and (pred.object_prep is None or pred.object_prep in preps)
    ]  # fmt: skip
    return meant[0] if len(meant) == 1 else None


def lemmatizer_words(nlp: object) -> frozenset[str]:
    """The words a rule lemmatizer's index and exceptions know (empty for another lemmatizer)."""
    get_pipe = getattr(nlp, "get_pipe", None)
    try:
        lookups = get_pipe("lemmatizer").lookups if get_pipe is not None else None
    except KeyError:
        return frozenset()
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        if lookups.has_table(table):
            for entries in lookups.get_table(table).values():
                words.update(entries if isinstance(entries, list) else entries.keys())
    return frozenset(words)
