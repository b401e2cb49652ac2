"""A gerund after a preposition the parser reads as an adjective of the noun after it: in "Iraqi
forces made progress in liberating neighbourhoods" the small English model hangs "liberating" on
"neighbourhoods" (amod, tagged VBG or JJ), so no verb tells the capture and the forces take nothing.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only). An
"-ing" word whose verb is a lexicon capture verb, right after a preposition and modifying that
preposition's object, a territory noun (``territory_nouns``: "villages", "neighbourhoods"), is the
preposition's gerund clause (pcomp, VBG) and the noun its object, as in "made gains in retaking
villages". A modified noun that is no territory ("in fleeing civilians") keeps its reading."""

from __future__ import annotations

from spacy.tokens import Doc, Token

ING = "ing"
GERUND_TAGS = frozenset({"VBG", "JJ", "NN"})


def prep_gerunds(doc: Doc, verbs: frozenset[str], territory: frozenset[str]) -> Doc:
    """Each misread gerund of a verb in ``verbs`` re-hung as its preposition's clause."""
    for tok in doc[1:]:
        noun = tok.head
        prep = doc[tok.i - 1]
        if (
            tok.dep_ == "amod"
            and tok.tag_ in GERUND_TAGS
            and tok.is_lower
            and noun.i > tok.i
            and noun.dep_ == "pobj"
            and noun.head.i == prep.i
            and prep.tag_ == "IN"
            and (noun.lower_ in territory or _singular(noun.lower_) in territory)
            and _stem(tok.lower_, verbs) is not None
        ):
            _rehang(tok, prep, noun)
    return doc


def _singular(word: str) -> str:
    return word.removesuffix("s") if word.endswith("s") else word


def _stem(word: str, verbs: frozenset[str]) -> str | None:
    """ "liberating" → "liberate", "capturing" → "capture", "retaking" → "retake", "seizing" → "seize"."""
    if not word.endswith(ING) or len(word) < 6:
        return None
    stem = word[: -len(ING)]
    for lemma in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if lemma in verbs:
            return lemma
    return None


def _rehang(gerund: Token, prep: Token, noun: Token) -> None:
    gerund.tag_, gerund.dep_ = "VBG", "pcomp"
    gerund.head = prep
    noun.dep_ = "dobj"
    noun.head = gerund
