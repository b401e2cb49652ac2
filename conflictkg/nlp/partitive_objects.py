"""Objects opened by a partitive article: in "ont massacré des dizaines de civils" the parser may
take "des" for a preposition ("case") and its noun for an oblique, and the verb is left without its
object. ``ckg_partitive_objects`` (after the parser) makes such a noun the verb's object again, and
its article a determiner, when the verb has no object and the noun follows it; so too a determined
noun after the verb that the parser hung on it as an adjective ("financerait les rebelles"). After a
transitive lexicon verb, a name or a determined noun right after it that the parser hung on it as a
noun modifier, a complement or even punctuation ("le MNLA attaque Kidal", "l'Iran arme le régime
syrien") is its object too; so is one the parser hung after a phrase set off by commas
(nlp/interposed_objects.py). A noun glued to its partitive article ("des gaz" read as one fixed
determiner) gets its own phrase back first, and a name apposed to a noun's complement hangs there
(nlp/noun_phrase_arcs.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon, load_lexicon
from conflictkg.nlp.idiom_partitives import idiom_partitives
from conflictkg.nlp.interposed_objects import interposed_object
from conflictkg.nlp.inverted_speakers import inverted_speakers
from conflictkg.nlp.means_objects import means_objects
from conflictkg.nlp.noun_phrase_arcs import mend_noun_phrases
from conflictkg.nlp.object_marks import as_object

_OBJ = frozenset({"obj", "dobj"})
_LOOSE = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})
_MISREAD = frozenset({"nmod", "xcomp", "punct"})


def partitive_objects(lang: str) -> Callable[[Doc], Doc]:
    lex = load_lexicon(lang)
    articles = lex.group("partitive_articles")
    agents, datives = lex.group("agent_preps"), lex.group("dative_clitics")
    means, dates = lex.group("means_nouns"), lex.group("date_words") | lex.group("weekdays")

    def component(doc: Doc) -> Doc:
        mend_noun_phrases(doc, articles, agents, datives)  # "des gaz lacrymogènes contre X"
        means_objects(doc, articles, means, dates)  # "a dispersé à coups de gaz des manifestants"
        for tok in doc:
            if tok.pos_ != "VERB" or any(c.dep_ in _OBJ for c in tok.children):
                continue
            loose = (
                c
                for c in tok.children
                if _partitive_oblique(c, articles) or _bare_modifier(c) or _counted_oblique(c)
            )
            noun = next(loose, None)
            if noun is not None:
                as_object(noun, articles)
        return doc

    return component


def transitive_objects(
    articles: frozenset[str], objects: dict[str, frozenset[str]], lex: Lexicon | None = None
) -> Callable[[Doc], Doc]:
    """The component for the lexicon verbs whose object is their target (``objects``: their target
    frames); the partitive repair only for those with no "de" frame. With ``lex``, first the objects
    after a verb idiom's bare noun ("pris en otage des civils", nlp/idiom_partitives.py)."""
    direct = frozenset(v for v, frames in objects.items() if "de" not in frames)
    speech = lex.group("reporting") | lex.group("office_speech_verbs") if lex and lex.lang == "fr" else None

    def component(doc: Doc) -> Doc:
        if lex is not None:
            idiom_partitives(doc, lex)
        if speech:
            inverted_speakers(doc, speech)  # "ont été massacrés, a dénoncé un collectif"
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "VERB" or lemma not in objects:
                continue
            if any(c.dep_ in _OBJ or c.dep_.startswith("expl") for c in tok.children):
                continue
            partitive = (
                c for c in tok.children if lemma in direct and _partitive_oblique(c, articles, direct=True)
            )
            noun = next(partitive, None) or next((c for c in tok.children if _misread_object(c)), None)
            noun = noun or interposed_object(tok)  # "a suspendu, en raison de X, l'aide"
            if noun is not None:
                as_object(noun, articles)
        return doc

    return component


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


def _misread_object(noun: Token) -> bool:
    """A name, or a noun with its determiner, right after its verb (only determiners between) with no
    preposition, that the parser hung on the verb as a modifier ("attaque Kidal": nmod), a complement
    or punctuation ("arme le régime syrien")."""
    verb = noun.head
    if noun.i < verb.i or noun.dep_ not in _MISREAD or noun.pos_ not in ("PROPN", "NOUN"):
        return False
    if any(c.dep_ == "case" for c in noun.children):
        return False
    between = noun.doc[verb.i + 1 : noun.i]
    determined = any(c.dep_ == "det" and c.i < noun.i for c in noun.children)
    return all(t.pos_ == "DET" for t in between) and (noun.pos_ == "PROPN" or determined)


def _counted_oblique(noun: Token) -> bool:
    """A counted noun after the verb that the parser hung on it as an oblique because "au moins" opens
    it ("ont tué au moins 60 civils mercredi": "au" read as an adverbial preposition, not its case)."""
    if noun.i < noun.head.i or noun.dep_ not in _LOOSE or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ == "case" for c in noun.children):
        return False
    counted = any(c.dep_ == "nummod" and c.i < noun.i for c in noun.children)
    return counted and any(c.dep_ == "advmod" and c.pos_ == "ADP" and c.i < noun.i for c in noun.children)
