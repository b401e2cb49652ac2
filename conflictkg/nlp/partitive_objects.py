"""Objects opened by a partitive article: in "ont massacré des dizaines de civils" the parser may
take "des" for a preposition ("case") and its noun for an oblique, and the verb is left without its
object. ``ckg_partitive_objects`` (after the parser) makes such a noun the verb's object again, and
its article a determiner, when the verb has no object and the noun follows it; so too a determined
noun after the verb that the parser hung on it as an adjective ("financerait les rebelles")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_OBJ = frozenset({"obj", "dobj"})
_LOOSE = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})


def partitive_objects(articles: frozenset[str]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ != "VERB" or any(c.dep_ in _OBJ for c in tok.children):
                continue
            loose = (c for c in tok.children if _partitive_oblique(c, articles) or _bare_modifier(c))
            noun = next(loose, None)
            if noun is not None:
                as_object(noun, articles)
        return doc

    return component


def transitive_objects(articles: frozenset[str], transitive: frozenset[str]) -> Callable[[Doc], Doc]:
    """The component for the lexicon verbs ``transitive`` whose object is their target."""

    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in transitive:
                continue
            if any(c.dep_ in _OBJ or c.dep_.startswith("expl") for c in tok.children):
                continue
            noun = next((c for c in tok.children if _partitive_oblique(c, articles, direct=True)), None)
            if noun is not None:
                as_object(noun, articles)
        return doc

    return component


def as_object(noun: Token, articles: frozenset[str]) -> None:
    """Label ``noun`` its verb's object, and a partitive article before it the parser read as a
    preposition ("des" as "case") its determiner."""
    noun.dep_ = "obj"
    for c in noun.children:
        if c.dep_ == "case" and c.i < noun.i and c.lower_ in articles:
            c.dep_, c.pos_ = "det", "DET"


def _partitive_oblique(noun: Token, articles: frozenset[str], direct: bool = False) -> bool:
    """An oblique noun after the verb whose only preposition is a partitive article ("des"), tagged a
    determiner, or even a preposition after a ``direct`` (transitive, not reflexive) verb."""
    if noun.i < noun.head.i or noun.dep_ not in _LOOSE or noun.pos_ != "NOUN":
        return False
    cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    return len(cases) == 1 and (cases[0].pos_ == "DET" or direct) and cases[0].lower_ in articles


def _bare_modifier(noun: Token) -> bool:
    """A determined noun after the verb the parser hung on it as a modifier ("le Qatar financerait les
    rebelles syriens": "rebelles" read as an adjective of the verb)."""
    return (
        noun.i > noun.head.i
        and noun.dep_ == "amod"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.i < noun.i for c in noun.children)
    )
