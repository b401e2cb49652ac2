"""A hedge on a subject read as its clause's verb: in "Gunmen believed to belong to the Jalisco cartel
killed eleven people" the small English model makes "believed" the verb of "gunmen" and hangs the
story's verb "killed", with no subject of its own, on it as a complement. A past form of believing or
saying (``belief_participles``: "believed", "thought", "suspected") right after its subject noun,
with a "to" infinitive right after it, is the noun's qualifier ("gunmen [who are] believed to belong
to X"); the verb it heads after the infinitive, with no subject, is the clause's verb and takes the
noun as its subject. So too a past form of a tie (``tie_participles``: "affiliated", "linked") right
after its subject with a prepositional phrase right after it ("Fighters affiliated with al-Qaeda
attacked an army post"). The story's verb may also be hung on a noun of the hedge's complement, as a
participle ("gunmen suspected to be members of X set ablaze a police post"): a finite past form there
is the story's. "Officials believed the rebels had attacked" is no hedge: no infinitive
follows.

Run from ``ckg_resultative_arcs`` (after the parser, before the lemmatizer: the forms are as written)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.finite_participles import PAST_TAGS
from conflictkg.nlp.syntax import PENN_NOUNS

NOUN_TAGS = PENN_NOUNS
STORY_DEPS = frozenset({"ccomp", "conj", "dep", "advcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_PAST = frozenset({"VBD"})  # a participle (VBN) on a noun of the complement may be its own


def hedged_subjects(doc: Doc, hedges: frozenset[str], ties: frozenset[str]) -> Doc:
    for hedge in [t for t in doc if t.lower_ in hedges | ties and t.tag_ in PAST_TAGS]:
        subj = next((c for c in hedge.children if c.dep_ in SUBJECT_DEPS and c.i == hedge.i - 1), None)
        told = _complement(hedge, ties)
        if subj is None or subj.tag_ not in NOUN_TAGS or told is None:
            continue
        story = next((c for c in hedge.children if _story(c, told)), None) or _story_inside(told)
        if story is None:
            continue
        if hedge.dep_ == "ROOT":
            story.head = story
        else:
            story.head = hedge.head
        story.dep_, story.tag_ = hedge.dep_, "VBD" if story.tag_ == "VBN" else story.tag_
        for c in [c for c in hedge.children if c.i > told.right_edge.i and c is not story]:
            c.head = story  # what follows the story's verb is its own ("..., officials said")
        subj.head, subj.dep_ = story, "nsubj"
        hedge.head, hedge.dep_, hedge.tag_ = subj, "acl", "VBN"
    return doc


def _complement(hedge: Token, ties: frozenset[str]) -> Token | None:
    """The hedge's "to" infinitive ("believed to belong to X"), or the prepositional phrase right
    after a participle of ties ("affiliated with X")."""
    if hedge.lower_ in ties:
        return next((c for c in hedge.children if c.dep_ == "prep" and c.i == hedge.i + 1), None)
    infinitive = next((c for c in hedge.children if c.dep_ == "xcomp" and c.i > hedge.i), None)
    if infinitive is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    return infinitive


def _story_inside(told: Token) -> Token | None:
    """ "gunmen suspected to be members of X set ablaze a police post": a finite past verb the parser
    hung on a noun of the complement as its participle, with no subject of its own, is the story's."""
    return next(
        (
            c
            for c in told.subtree
            if c.dep_ == "acl"
            and c.tag_ in FINITE_PAST
            and c.head.i < c.i
            and c.head.tag_ in NOUN_TAGS
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ),
        None,
    )


def _story(c: Token, told: Token) -> bool:
    """A verb the hedge heads after its complement, with no subject of its own."""
    return (
        c.dep_ in STORY_DEPS
        and c.tag_.startswith("VB")
        and c.i > told.right_edge.i
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    )
