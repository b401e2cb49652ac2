"""A story's verb the parser reads as qualifying its subject when the attribution comes after it: in
"ADF rebels killed at least 40 people in Beni, a local official said" the small English model makes
"killed" an adnominal clause of "rebels" ("rebels [who were] killed") and both "rebels" and "official"
subjects of "said". A verb has one subject, and a passive participle takes no direct object: when the
root has two subjects set apart by a comma, and the first one's past form after it has an object of
its own (no subject, auxiliary or agent), that past form is the reported clause. It hangs on the root
as its complement and takes the first subject, as in "Rebels killed 40 people, an official said".

The same misreading with no verb left for the sentence: in "A drone strike by X on a camp for displaced
people near El Fasher killed at least 15 people" the model makes "killed" qualify "people" and the noun
"strike" the root. A root noun with no verb, and a past form inside its phrase with an object of its
own: that past form is the clause's verb and the root noun its subject (the noun may be the clause a
speech verb after it reports: "..., medical sources said").

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler and lemmatizer)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.finite_participles import OWN_ARGS, PAST_TAGS, promote
from conflictkg.nlp.syntax import PENN_COMMON_NOUNS

NOUN_TAGS = PENN_COMMON_NOUNS


def reported_participles(doc: Doc) -> Doc:
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_.startswith("VB")]:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if len(subjects) != 2:
            continue
        first, speaker = subjects
        if not (first.i < speaker.i < root.i) or not _comma_between(root, first, speaker):
            continue
        verb = next((c for c in first.children if _misread(c)), None)
        if verb is not None:
            verb.head, verb.dep_, verb.tag_ = root, "ccomp", "VBD"
            first.head = verb
    return _rootless(doc)


def _rootless(doc: Doc) -> Doc:
    for noun in [t for t in doc if t.dep_ in ("ROOT", "ccomp") and t.tag_ in NOUN_TAGS]:
        if any(t.tag_.startswith("VB") and t.dep_ not in ("acl", "amod") for t in noun.subtree):
            continue
        verb = next((t for t in noun.subtree if t.i > noun.i and _misread(t)), None)
        if verb is None:
            continue
        if noun.dep_ == "ROOT":
            promote(verb, [c for c in noun.children if c.dep_ == "punct" and c.i > verb.i])
        else:  # the story told by the speech verb after it ("..., medical sources said")
            verb.head, verb.dep_, verb.tag_ = noun.head, "ccomp", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
    return doc


def _comma_between(root: Token, first: Token, speaker: Token) -> bool:
    return any(c.text == "," and first.i < c.i < speaker.i for c in root.children)


def _misread(t: Token) -> bool:
    return (
        t.dep_ == "acl"
        and t.tag_ in PAST_TAGS
        and t.i > t.head.i
        and any(c.dep_ == "dobj" for c in t.children)
        and not any(c.dep_ in OWN_ARGS for c in t.children)
    )
