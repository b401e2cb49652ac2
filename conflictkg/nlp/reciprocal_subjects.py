"""Two sides of a reciprocal verb the French parser nests: in "des combattants de HTS et des soldats
du régime se sont affrontés" it reads "des" as the preposition "de" + "les" and hangs "soldats" as a
conjunct of "HTS", the first subject's complement, so only the fighters clash, with no one. Before a
reflexive verb whose lexicon entry is symmetric (``s'affronter``: each side fights the other), a
common noun coordinated inside the subject's complement and opened by a partitive article
(``partitive_articles``: "des soldats") is the second subject: it is coordinated with the subject
noun, its article a determiner. A conjunct opened by "de" ("des combattants de HTS et de l'EI":
fighters of both) stays where it is. Run by ``ckg_active_subjects``, after the lemmatizer."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import is_reflexive

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_COMPLEMENTS = frozenset({"nmod"})


def reciprocal_subject(verb: Token, lex: Lexicon, articles: frozenset[str]) -> None:
    """Hang such a nested conjunct of ``verb``'s subject on the subject noun as its conjunct."""
    entry = lex.reflexive.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or entry is None or not entry.symmetric or not is_reflexive(verb):
        return
    for subject in [c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"]:
        if any(c.dep_ == "conj" for c in subject.children):
            continue  # two sides already
        side = _nested_side(subject, articles)
        if side is not None:
            _rehang(side, subject, articles)


def _nested_side(subject: Token, articles: frozenset[str]) -> Token | None:
    for comp in subject.children:
        if comp.dep_ not in _COMPLEMENTS or comp.i < subject.i:
            continue
        for side in comp.children:
            if side.dep_ == "conj" and side.pos_ == "NOUN" and _article(side, articles) is not None:
                return side
    return None


def _article(side: Token, articles: frozenset[str]) -> Token | None:
    first = next((c for c in side.children if c.i < side.i and c.dep_ in ("case", "det")), None)
    return first if first is not None and first.lower_ in articles else None


def _rehang(side: Token, subject: Token, articles: frozenset[str]) -> None:
    article = _article(side, articles)
    if article is not None:
        article.dep_, article.pos_ = "det", "DET"
    side.head = subject
