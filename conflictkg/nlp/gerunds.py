"""Gerunds the French tagger reads as nouns: in "l'armée a riposté en bombardant des positions" the
word after "en" comes out as a noun ("bombardant") on an oblique, so no verb tells the bombing and
its object hangs on it as a noun complement. ``ckg_gerunds`` (after the parser) makes a word in a
gerund ending (``gerund_endings``: "ant") right after a gerund mark (``gerund_marks``: "en") whose
stem + "er" is a lexicon verb that verb again: a clause (advcl) of the verb it hangs on, the mark its
marker, and its first noun complement (opened by a partitive article or none) its object."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.object_marks import as_object

_LOOSE = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "obj"})


def gerunds(lex: Lexicon) -> Callable[[Doc], Doc]:
    verbs = lex.verb_lemmas(reflexive=True)
    marks, endings = lex.group("gerund_marks"), lex.group("gerund_endings")
    articles = lex.group("partitive_articles")

    def component(doc: Doc) -> Doc:
        for tok in doc[1:]:
            mark = doc[tok.i - 1]
            if tok.pos_ == "VERB" or not tok.is_lower or mark.lower_ not in marks or mark.head.i != tok.i:
                continue
            lemma = _infinitive(tok.lower_, endings, verbs)
            if lemma is None:
                continue
            tok.pos_, tok.lemma_, mark.dep_, mark.pos_ = "VERB", lemma, "mark", "ADP"
            if tok.dep_ in _LOOSE and tok.head.pos_ in ("VERB", "AUX"):
                tok.dep_ = "advcl"
            obj = next((c for c in tok.children if c.i > tok.i and _object(c, articles)), None)
            if obj is not None:
                as_object(obj, articles)
        return doc

    return component


def _infinitive(word: str, endings: frozenset[str], verbs: frozenset[str]) -> str | None:
    """ "bombardant" → "bombarder", "assiégeant" → "assiéger", "lançant" → "lancer"."""
    for ending in endings:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        for s in (stem, stem.removesuffix("e") if stem.endswith("ge") else stem, stem.replace("ç", "c")):
            if s + "er" in verbs:
                return s + "er"
    return None


def _object(c: Token, articles: frozenset[str]) -> bool:
    """A noun after the gerund, with no preposition or only a partitive article ("des positions")."""
    if c.pos_ not in ("NOUN", "PROPN") or c.dep_ not in _LOOSE:
        return False
    cases = [d for d in c.children if d.dep_ == "case" and d.i < c.i]
    return not cases or (len(cases) == 1 and cases[0].lower_ in articles)
