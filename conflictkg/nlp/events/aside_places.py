"""Places a clause names aside from where its event happens: one inside a phrase telling why the
act is done ("rallied in Aden in support of the declaration of autonomy in the South": the South is
the motive's, lexicon ``motive_nouns`` after a preposition), and one inside the content clause of the
predicate ("demonstrated in Rajkot, demanding that the government take them home to Bihar": Bihar is
what is demanded, not where)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState

_PREP_OBJECTS = frozenset({"pobj", "obl", "obl:mod", "nmod"})
_CONTENT = frozenset({"ccomp"})
_ROADS = shared_words("road_nouns")
_LINKED = frozenset({"obj", "dobj"})  # the ends a road links, the first as its object


def in_motive(st: DocState, place: Token, pred: Token) -> bool:
    """The place noun lies inside a motive phrase that does not hold the predicate itself ("in
    protest against the attack in X" with the attack as the predicate: X is the attack's)."""
    motives = st.lex.group("motive_nouns")
    for a in place.ancestors:
        if a.i == pred.i:
            return False
        if a.dep_ in _PREP_OBJECTS and a.lemma_.lower() in motives:
            return True
        # "in solidarity with X" parsed with "with X" beside "in solidarity", on the same word
        before = a.doc[a.i - 1] if a.i > 0 and a.pos_ == "ADP" else None
        motive = before is not None and before.dep_ in _PREP_OBJECTS and before.lemma_.lower() in motives
        if motive and before is not None and before.head.head == a.head:
            return True
    return False


def aside_place(st: DocState, place: Token, pred: Token) -> bool:
    """The place noun names a motive's place, or lies inside a content clause of the predicate: the
    sentence's place is sought elsewhere first."""
    if in_motive(st, place, pred):
        return True
    content = False
    for a in place.ancestors:
        if a.i == pred.i:
            return content
        content = content or a.dep_ in _CONTENT
    return False


def sentence_order(st: DocState, place: Token, pred: Token) -> tuple[bool, bool, int]:
    """The order the last-resort sentence search tries a locative noun in: places aside last, then
    those after the predicate, nearest first, then those before it, nearest first."""
    after = place.i > pred.i
    return aside_place(st, place, pred), not after, place.i if after else -place.i


def reporting_place(st: DocState, place: Token, pred: Token) -> bool:
    """The place noun hangs on a reporting verb the predicate's clause is told under ("ont bombardé
    X, a indiqué le ministère à Paris": Paris is where it was said; a place before the verb is the
    scene), or on a participle linking a
    road's ends ("la route reliant Damas à Alep"): neither is where the event happened."""
    for a in place.ancestors:
        if a.i == pred.i:
            return False
        if a.dep_ == "acl" and a.head.lemma_.lower() in _ROADS and any(c.dep_ in _LINKED for c in a.children):
            return True  # "reliant X à Y" (a place it goes to stands: "the road leading to X")
        if a.pos_ in ("VERB", "AUX"):  # a scene set before it stays: "In X, it was reported that ..."
            told = a.is_ancestor(pred) or _inserted_after(a, pred)
            return a.lemma_.lower() in st.lex.group("reporting") and told and place.i > a.i
    return False


def _inserted_after(verb: Token, pred: Token) -> bool:
    """ "Les rebelles ont pris Kidal, a annoncé le MNLA à Nouakchott": a reporting verb set after the
    clause it tells, which the parser joins to it as a conjunct; its place is where it was said."""
    return verb.dep_ == "conj" and verb.i > pred.i and (verb.head.i == pred.i or verb.head.is_ancestor(pred))
