"""A subject the French parser strands on the noun before it (run by ``ckg_partitive_objects``, with
the other noun-phrase mends of nlp/noun_phrase_arcs.py). With no comma after a fronted phrase ("Dans
le centre de X deux attaques ont été perpétrées") or after a colon ("le mouvement s'est propagé à la
province de X : 3 000 manifestants se sont réunis"), the parser hangs the noun phrase opening the
clause on the noun before it, as a complement with no preposition, and the verb after it is left
with no subject. A complement takes a preposition: a noun opened by a determiner or a number, with
none, right before a finite verb that has no subject (nothing but its auxiliaries and clitics in
between) is that verb's subject (passive when the verb has a passive auxiliary)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJ = frozenset({"nsubj", "nsubj:pass", "csubj", "expl:subj"})
_BETWEEN = frozenset({"aux", "aux:tense", "aux:pass", "expl:comp", "expl:pass", "expl:pv", "advmod"})
_OPENERS = frozenset({"det", "nummod"})


def stranded_subjects(doc: Doc) -> None:
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ in _SUBJ for c in verb.children):
            continue
        if not any(c.dep_.startswith("aux") for c in verb.children) and "Fin" not in verb.morph.get(
            "VerbForm", []
        ):
            continue
        noun = _stranded(doc, verb)
        if noun is not None:
            passive = any(c.dep_ == "aux:pass" for c in verb.children)
            noun.head, noun.dep_ = verb, "nsubj:pass" if passive else "nsubj"


def _stranded(doc: Doc, verb: Token) -> Token | None:
    """The noun right before ``verb``'s auxiliaries that the parser hung on a noun with no preposition."""
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in _BETWEEN:
        i -= 1
    if i < 0:
        return None
    noun = doc[i]
    # up from the last word of its phrase ("attaques contre des touristes étrangers")
    while (noun.dep_ != "nmod" or _opened(noun)) and noun.head.i != noun.i and noun.head.right_edge.i == i:
        noun = noun.head
    if noun.dep_ != "nmod" or noun.pos_ != "NOUN" or noun.right_edge.i != i or noun.head.i >= noun.i:
        return None
    if noun.head.pos_ not in ("NOUN", "PROPN") or _opened(noun) or noun.head.i >= noun.left_edge.i:
        return None
    if not any(c.dep_ in _OPENERS and c.i < noun.i for c in noun.children):
        return None
    if verb in noun.subtree or noun.head.i == verb.i:
        return None
    return noun


def _opened(noun: Token) -> bool:
    """A preposition opens the noun's phrase."""
    return any(c.dep_ == "case" for c in noun.children)
