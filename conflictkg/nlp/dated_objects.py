"""Objects after a date word: in "ont repris jeudi Konna" the parser takes the name after the
weekday for the weekday's complement ("jeudi de Konna", or its object: "a accusé vendredi la Syrie")
or for a bare oblique, and the verb is left
without its object. ``ckg_dated_objects`` (after the parser) hangs such a name back on the verb as
its object, when the verb has none and nothing (no preposition) says otherwise. So too a noun
phrase its determiner or its number opens ("ont opposé mercredi les soldats maliens aux islamistes",
"ont enlevé jeudi sept touristes", also after a time of day: "jeudi soir deux Français"); and a date
word the parser took for an object beside the real one ("ont opposé lundi l'armée à ...") is the
verb's time again. A bare name right after the verb that the parser took for an oblique because a
date word follows it ("ont repris Douentza mardi": "mardi" its complement) is the verb's object, and
the date word the verb's time. A noun phrase a partitive article opens after the date word, which the
parser reads as a preposition ("ont opposé mardi des miliciens à des soldats", "a revendiqué lundi
des tirs": "des miliciens" a complement of "mardi"), is the verb's object too, its article a
determiner (round frstyle69). A date word the parser took for the only object, right before or right
after a bare noun phrase its number or determiner opens, which the parser hung on the verb as an
oblique ("a fait au moins douze morts lundi", "a fait lundi douze morts") or on the date word as its
own object ("a bombardé jeudi la prison de X"), is the verb's time, and that noun phrase its object
(round frstyle82). Complements around a date word the parser hung on the wrong word are re-hung
first (nlp/dated_complements.py, round frstyle85)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.dated_complements import date_complements
from conflictkg.nlp.timed_partitives import partitive_after_time

_OBJ = frozenset({"obj", "dobj"})
_BARE = frozenset(
    {"nmod", "obl", "obl:arg", "obl:mod", "npadvmod", "appos", "dep", "obj"}
)  # obj: of the date word
_TIME = "obl:mod"
_OPENERS = frozenset({"det", "nummod"})  # "mercredi les soldats", "jeudi sept touristes"


def dated_objects(date_words: frozenset[str], lang: str = "fr") -> Callable[[Doc], Doc]:
    lex = load_lexicon(lang)
    articles = lex.group("partitive_articles")

    def component(doc: Doc) -> Doc:
        date_complements(doc, date_words)  # "chassés de Bambari mercredi par l'armée"
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            objs = [c for c in tok.children if c.dep_ in _OBJ]
            dated = [o for o in objs if o.lower_ in date_words]
            if len(dated) == len(objs) and (
                partitive_after_date(tok, date_words, articles) or partitive_after_time(tok, date_words, lex)
            ):
                continue
            alone = bool(dated) and len(dated) == len(objs)
            noun = (_noun_beside_date(tok, dated) or _name_after_date(tok, date_words)) if alone else None
            if noun is not None:  # "a fait au moins douze morts lundi", "a bombardé jeudi la prison de X"
                noun.head, noun.dep_ = tok, "obj"
                for d in dated:
                    d.dep_ = _TIME
                continue
            if dated and len(dated) < len(objs):
                for d in dated:
                    d.dep_ = _TIME
                continue
            if not objs:
                name = _name_after_date(tok, date_words)
                if name is not None:
                    name.head, name.dep_ = tok, "obj"
                    continue
                name = _name_before_date(tok, date_words) or _object_taking_date(tok, date_words)
                if name is not None:
                    name.dep_ = "obj"
                    for d in name.children:
                        if d.lower_ in date_words:
                            d.head, d.dep_ = tok, _TIME
                            for g in d.children:  # "huit morts dimanche sur un marché": the verb's place
                                if any(c.dep_ == "case" for c in g.children):
                                    g.head, g.dep_ = tok, _TIME
        return doc

    return component


def _name_after_date(verb: Token, date_words: frozenset[str]) -> Token | None:
    """The bare name right after a date word that is the verb's own ("jeudi Camp Bastion"), or the
    noun phrase its determiner opens there ("mercredi les soldats")."""
    for d in verb.children:
        if d.i <= verb.i or d.lower_ not in date_words or d.i + 1 >= len(d.doc):
            continue
        nxt = d.doc[d.i + 1]
        if nxt.lower_ in date_words and nxt.i + 1 < len(d.doc):
            nxt = d.doc[nxt.i + 1]  # "jeudi soir deux Français"
        opened = nxt.dep_ in _OPENERS and nxt.head.i > nxt.i and nxt.head.pos_ in ("NOUN", "PROPN")
        if opened:
            nxt = nxt.head
        hung = nxt.head.i in (d.i, d.i + 1, verb.i) and nxt.dep_ in _BARE
        bare = not any(c.dep_ in ("case", "mark") or c.pos_ == "ADP" for c in nxt.children if c.i < nxt.i)
        if hung and bare and nxt.pos_ in ("PROPN", "NOUN") and (nxt.is_title or opened):
            return nxt
    return None


def _name_before_date(verb: Token, date_words: frozenset[str]) -> Token | None:
    """The bare name right after the verb that the parser hung on it as an oblique with the date word
    after it as its complement ("ont repris Douentza mardi"), or the noun phrase its determiner or
    number opens there ("a fait huit morts dimanche")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ not in _BARE or c.i + 1 >= len(doc):
            continue
        opened = c.pos_ == "NOUN" and any(g.dep_ in _OPENERS for g in c.children)  # "a fait huit morts"
        if not (c.i == verb.i + 1 and c.pos_ == "PROPN") and not (opened and c.left_edge.i == verb.i + 1):
            continue
        if any(g.dep_ in ("case", "mark") or g.pos_ == "ADP" for g in c.children if g.i < c.i):
            continue
        after = doc[c.i + 1]
        if after.lower_ in date_words and after.head.i == c.i:
            return c
    return None


def _noun_beside_date(verb: Token, dated: list[Token]) -> Token | None:
    """The noun phrase its number or determiner opens right before or right after the date word
    that the parser took for the verb's object, hanging the noun phrase on the verb as an oblique
    ("a fait au moins douze morts lundi", "a fait lundi douze morts": "lundi" the object, "morts" an
    ``obl:mod`` or ``obl:arg``)."""
    if len(dated) != 1:
        return None
    date = dated[0]
    for c in verb.children:
        if c.dep_ not in _BARE or c.dep_ in _OBJ or c.i <= verb.i or c.pos_ != "NOUN":
            continue
        if not any(g.dep_ in _OPENERS for g in c.children):
            continue
        if any(g.dep_ in ("case", "mark") for g in c.children if g.i < c.i):
            continue
        before = c.left_edge.i == verb.i + 1 and c.right_edge.i + 1 == date.i
        after = date.i == verb.i + 1 and c.left_edge.i == date.i + 1
        if before or after:
            return c
    return None


def _object_taking_date(verb: Token, date_words: frozenset[str]) -> Token | None:
    """The noun phrase after the date word right after the verb that the parser hung on the verb as
    an oblique with the date word as its complement ("ont attaqué mercredi la ville de X": "mercredi"
    an ``nmod`` of "ville", "ville" an ``obl:mod``)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in date_words:
        return None
    date = doc[verb.i + 1]
    noun = date.head
    if (
        noun.head.i != verb.i
        or noun.i <= date.i
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.dep_ not in _BARE
    ):
        return None
    opener = doc[date.i + 1]
    if opener.head.i != noun.i or opener.dep_ not in _OPENERS:  # "mercredi la ville", never "mercredi à X"
        return None
    return noun


def partitive_after_date(verb: Token, date_words: frozenset[str], articles: frozenset[str]) -> bool:
    """Hang on ``verb`` as its object the noun a partitive article opens right after the date word
    that follows the verb, when the parser hung it on the date word; the date word is the verb's time."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in date_words:
        return False
    date, article = doc[verb.i + 1], doc[verb.i + 2]
    noun = article.head
    if date.head.i != verb.i or article.lower_ not in articles or article.dep_ != "case":
        return False
    if noun.head.i != date.i or noun.i <= article.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    noun.head, noun.dep_ = verb, "obj"
    article.dep_, article.pos_ = "det", "DET"
    date.dep_ = _TIME
    return True
