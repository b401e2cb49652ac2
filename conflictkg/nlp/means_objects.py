"""An object after a phrase of means: in "la police a dispersé jeudi à coups de gaz lacrymogène des
manifestants" the parser reads the partitive "des" as a preposition and hangs "manifestants" on
"gaz", so the verb is left with no object (or with the date word for one). A noun a partitive
article opens after an "à" phrase of ``means_nouns`` (as written: the component runs before the
lemmatizer; "à coups de", "à l'aide de") hung on the verb,
and hung inside that phrase, is the verb's object again, its article a determiner and a date word
the parser took for the object the verb's time (round frstyle69)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.object_marks import as_object

_OBJ = frozenset({"obj", "dobj"})
_MEANS_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "nmod"})


def means_objects(doc: Doc, articles: frozenset[str], means: frozenset[str], dates: frozenset[str]) -> None:
    if not means:
        return
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        objs = [c for c in verb.children if c.dep_ in _OBJ]
        if any(o.lower_ not in dates for o in objs):
            continue
        phrase = next((c for c in verb.children if _means_phrase(c, means)), None)
        noun = _object_inside(phrase, articles) if phrase is not None else None
        if noun is None:
            continue
        noun.head = verb
        as_object(noun, articles)
        for o in objs:
            o.dep_ = "obl:mod"


def _means_phrase(c: Token, means: frozenset[str]) -> bool:
    """ "à coups de X" hung on the verb."""
    opened = any(g.dep_ == "case" and g.lower_ == "à" for g in c.children if g.i < c.i)
    return c.dep_ in _MEANS_DEPS and c.i > c.head.i and c.lower_ in means and opened


def _object_inside(phrase: Token, articles: frozenset[str]) -> Token | None:
    """The first noun in the phrase, after its own "de" complement, that a partitive article opens."""
    for n in phrase.subtree:
        if n.i <= phrase.i + 2 or n.pos_ not in ("NOUN", "PROPN") or n.dep_ != "nmod":
            continue
        cases = [c for c in n.children if c.dep_ == "case" and c.i < n.i]
        if len(cases) == 1 and cases[0].lower_ in articles:
            return n
    return None
