"""An intransitive verb the parser reads as a noun's qualifier: in "the rebels reneged on the deal"
the small English model tags the rare "reneged" as a past participle hung on "rebels" (the root),
as in a headline's "soldiers killed in X". A verb that takes no object has no passive participle
(lexicon ``intransitive_verbs``): in a sentence whose root is the noun it qualifies, it is the verb
and the noun its subject.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler and lemmatizer: the
lemma is read from the form)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.finite_participles import OWN_ARGS, PAST_TAGS, promote
from conflictkg.nlp.syntax import PENN_NOUNS

NOUN_TAGS = PENN_NOUNS
PAST_ENDINGS = ("ed", "d")  # "reneged" -> "reneg", "renege"


def intransitive_participles(doc: Doc, verbs: frozenset[str]) -> Doc:
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in NOUN_TAGS]:
        verb = next((c for c in root.children if _misread(c, verbs)), None)
        if verb is not None:
            _rehang(root, verb)
    return doc


def _misread(t: Token, verbs: frozenset[str]) -> bool:
    if t.dep_ != "acl" or t.tag_ not in PAST_TAGS or t.i < t.head.i:
        return False
    if any(c.dep_ in OWN_ARGS for c in t.children):
        return False
    form = t.lower_
    return any(form.endswith(e) and form[: -len(e)] in verbs for e in PAST_ENDINGS)


def _rehang(noun: Token, verb: Token) -> None:
    trailing = [c for c in noun.children if c.dep_ == "punct" and c.i > verb.i]
    promote(verb, trailing)
    noun.head, noun.dep_ = verb, "nsubj"
