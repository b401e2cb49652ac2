"""Past participles of lexicon verbs the French tagger reads as a noun or an adjective although
their tense auxiliary stands before them: "les jihadistes ont fouetté des fumeurs" ("fouetté" a noun,
"des fumeurs" its complement), "un couple a été lapidé par des islamistes" ("lapidé" an adjective,
"été" its copula). Such a word, with an ending of ``er_participle_endings`` on the stem of a lexicon
-er verb, is that verb again: with "être" as copula, a passive (its copula a passive auxiliary, its
subject a passive subject); a complement opened by a partitive article (``partitive_articles``: "des
fumeurs") is its object. Run by ``ckg_active_subjects`` (nlp/active_subjects.py), after the parser."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from conflictkg.nlp.object_marks import as_object

TENSE_AUX = "aux:tense"
NOMINAL_MODIFIERS = frozenset({"nmod", "obl:arg", "obl:mod"})


def verb_again(tok: Token, verbs: frozenset[str], endings: list[str], partitives: frozenset[str]) -> None:
    """Re-tag ``tok`` as the lexicon verb it is the participle of, and relabel its arcs, if misread."""
    if tok.pos_ not in ("NOUN", "ADJ") or not any(c.dep_ == TENSE_AUX for c in tok.children):
        return
    lemma = er_lemma(tok.lower_, endings, verbs)
    if lemma is None:
        return
    tok.pos_, tok.lemma_ = "VERB", lemma
    copulas = [c for c in tok.children if c.dep_ == "cop"]
    for c in copulas:  # "a été lapidé": a passive
        c.dep_ = "aux:pass"
    for c in tok.children:
        if copulas and c.dep_ == "nsubj":
            c.dep_ = "nsubj:pass"
        elif not copulas and c.dep_ in NOMINAL_MODIFIERS and c.i > tok.i and _partitive(c, partitives):
            as_object(c, partitives)  # "ont fouetté des fumeurs": the article read as a preposition


def er_lemma(word: str, endings: Collection[str], lemmas: Collection[str]) -> str | None:
    """The -er verb of ``lemmas`` that ``word`` is a form of, its ``endings`` tried in their order
    (the callers give them longest first): "fouetté" → "fouetter", "entrées" → "entrer"; or None."""
    stems = [word[: -len(e)] for e in endings if word.endswith(e)]
    return next((s + "er" for s in stems if s + "er" in lemmas), None)


def _partitive(noun: Token, partitives: frozenset[str]) -> bool:
    return any(d.dep_ == "case" and d.lower_ in partitives for d in noun.children)
