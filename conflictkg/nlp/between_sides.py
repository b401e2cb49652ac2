"""The second side of a French "entre X et Y" phrase hung on the noun the phrase completes: in "des
affrontements entre les FDS et l'Armée nationale syrienne" the parser coordinates "Armée" with
"affrontements", so the fight has one side and the other is lost. A noun coordinated by "et" with
the noun that holds the "entre" complement, coming right after that complement, is its second side:
it hangs on the first side as its conjunct, as the parser reads "entre les FDS et les rebelles"
(run by ``ckg_partitive_objects`` with the other noun-phrase mends, nlp/noun_phrase_arcs.py).
Two coordinated phrases ("des combats entre X et Y et une attaque à Z") keep theirs: "une attaque"
comes after a second "et"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import shared_words

_SIDE_POS = frozenset({"NOUN", "PROPN"})


def between_sides(doc: Doc) -> None:
    between = shared_words("between_preps")
    for side in doc:
        if side.dep_ != "nmod" or side.pos_ not in _SIDE_POS or side.conjuncts:
            continue
        if not any(c.dep_ == "case" and c.lower_ in between for c in side.children):
            continue
        other = _second_side(doc, side)
        if other is not None:
            other.head, other.dep_ = side, "conj"


def _second_side(doc: Doc, side: Token) -> Token | None:
    """The noun the parser coordinated with the head of ``side`` right after its phrase, or None."""
    holder = side.head
    end = max(t.i for t in side.subtree) + 1
    if end >= len(doc) or doc[end].dep_ != "cc" or doc[end].lower_ != "et":
        return None
    cc = doc[end]
    other = cc.head
    if other.head.i != holder.i or other.dep_ != "conj" or other.pos_ not in _SIDE_POS or other.i <= cc.i:
        return None
    return other if sum(1 for t in doc[cc.i + 1 : other.i] if t.dep_ == "cc") == 0 else None
