"""A past form of aimed fire the parser hangs on the "of" complement of a noun root: in "members of
an unidentified armed group shot at a police patrol" the small English model makes "members" the
root and "shot" an adnominal clause of "group" (a group that was shot at), so no verb takes the
members. A sentence whose root is a noun has no verb of its own: a past form there, hung on the
root's "of" complement with no subject, auxiliary or agent of its own, whose lexicon verb aims at
its target with a preposition it has an object for ("shot at X", "fired on X"), is the clause's verb
and the root its subject. A participle with no such object ("members of a family killed in X", a
headline's passive) stays the noun's qualifier.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler and lemmatizer: the
lemma is read from the form)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from conflictkg.nlp.finite_participles import OWN_ARGS, PAST_TAGS, promote
from conflictkg.nlp.syntax import PENN_NOUNS

NOUN_TAGS = PENN_NOUNS
PAST_ENDINGS = ("ed", "d")  # "fired" -> "fir", "fire"


def complement_participles(
    doc: Doc, of: frozenset[str], aims: Mapping[str, frozenset[str]], past: Mapping[str, str]
) -> Doc:
    """``aims``: the target prepositions of each lexicon verb; ``past``: irregular past forms' lemmas."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in NOUN_TAGS]:
        held = [c for p in root.children if p.dep_ == "prep" and p.lower_ in of for c in p.children]
        verb = next((v for n in held for v in n.children if _aimed(v, aims, past)), None)
        if verb is not None:
            trailing = [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]
            promote(verb, trailing)
            root.head, root.dep_ = verb, "nsubj"
    return doc


def _aimed(t: Token, aims: Mapping[str, frozenset[str]], past: Mapping[str, str]) -> bool:
    if t.dep_ != "acl" or t.tag_ not in PAST_TAGS or t.i < t.head.i:
        return False
    if any(c.dep_ in OWN_ARGS for c in t.children):
        return False
    form = t.lower_
    lemmas = [past[form]] if form in past else [form[: -len(e)] + x for e in PAST_ENDINGS for x in ("", "e")]
    preps = frozenset().union(*(aims.get(lemma, frozenset()) for lemma in lemmas))
    return any(c.dep_ == "prep" and c.lower_ in preps and any(o.dep_ == "pobj" for o in c.children)
               for c in t.children)  # fmt: skip
