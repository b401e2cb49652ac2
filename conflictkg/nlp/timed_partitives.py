"""Objects after a time phrase: in "a mené mardi des frappes de drones", "a tiré dans la nuit des
missiles sur Kiev" or "a imposé dimanche de lourdes sanctions" the parser reads the partitive article
after the time phrase as the preposition "de" and hangs its noun on the verb as an oblique or on the
time word as its complement ("la nuit des missiles"), and the verb is left without its object.
``partitive_after_time`` (called by ``ckg_dated_objects``) makes that noun the verb's object and its
article a determiner, when only a time phrase stands between the verb and the article: a date word
right after the verb with its own complements ("dans la nuit de lundi à mardi"), and the article a
partitive one ("des") or, before an adjective of the noun, its reduced form ("de lourdes sanctions",
``adjective_partitives``); a plural one only ("des"): "du" is the complement's ("la nuit du 4
août"). A time noun with a determiner and no preposition ("ont manifesté vendredi la veille des
élections") keeps its complement, as it needs one. A passive, a reflexive or a verb with "être" keeps
its "de" ("est mort mardi des suites de ses blessures", "s'est retiré lundi des positions")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon

_OBJ = frozenset({"obj", "dobj"})
_LOOSE = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "appos", "dep"})
_TIME = "obl:mod"
_VOICE = frozenset({"aux:pass", "expl:pass", "expl:comp", "expl:pv", "expl"})


def partitive_after_time(verb: Token, date_words: frozenset[str], lex: Lexicon) -> bool:
    """Hang on ``verb`` as its object the noun a partitive article opens right after the time phrase
    that follows the verb; the time words are the verb's time. True when it did."""
    articles = lex.group("partitive_articles") & lex.group("plural_partitives")
    adjective_articles = lex.group("adjective_partitives")
    etre = lex.group("etre_forms")  # no lemmas yet after the parser
    if any(c.dep_ in _VOICE or (c.dep_.startswith("aux") and c.lower_ in etre) for c in verb.children):
        return False
    times = [c for c in verb.children if c.i > verb.i and c.lower_ in date_words]
    if not times or min(t.left_edge.i for t in times) != verb.i + 1:
        return False
    doc = verb.doc
    for noun in doc[verb.i + 1 :]:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _LOOSE or noun.lower_ in date_words:
            continue
        on_time = noun.head.lower_ in date_words and _in_time(noun.head, times) and _open_time(noun.head)
        if not (noun.head.i == verb.i or on_time):
            continue
        article = noun.left_edge
        if article.dep_ != "case" or article.head.i != noun.i or article.i <= verb.i + 1:
            continue
        if not (
            article.lower_ in articles
            or (article.lower_ in adjective_articles and _adjectives(article, noun))
        ):
            continue
        if not all(_in_time(doc[k], times) for k in range(verb.i + 1, article.i)):
            continue
        noun.head, noun.dep_ = verb, "obj"
        article.dep_, article.pos_ = "det", "DET"
        for t in times:
            t.dep_ = _TIME
        return True
    return False


def _in_time(tok: Token, times: list[Token]) -> bool:
    """``tok`` is one of the time words or inside one's phrase."""
    return any(tok.i == t.i or t in tok.ancestors for t in times)


def _adjectives(article: Token, noun: Token) -> bool:
    """Only adjectives of the noun stand between the reduced article and the noun ("de lourdes")."""
    between = article.doc[article.i + 1 : noun.i]
    return len(between) > 0 and all(t.pos_ == "ADJ" and t.head.i == noun.i for t in between)


def _open_time(time: Token) -> bool:
    """A time word that needs no complement: bare ("mardi") or opened by a preposition ("dans la
    nuit"), not a determined noun standing alone ("la veille des élections")."""
    return not any(c.dep_ == "det" for c in time.children) or any(c.dep_ == "case" for c in time.children)
