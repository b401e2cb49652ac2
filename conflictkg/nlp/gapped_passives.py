"""A passive whose auxiliary a second clause shares: in "Three civilians were killed and two others
abducted near X" the small English model reads "two others abducted" as an active clause ("others
abducted [someone]"), so the second subject becomes an attacker. A past participle conjoined to a
passive participle, with a subject of its own before it and no auxiliary or object of its own, is
passive too ("two others [were] abducted"): its subject is its patient. A subject that only counts
the first one's noun left out (``elided_heads``: "others"; a bare number or ordinal: "a third") is no
patient of its own: the first verb's patient is then the second's too (syntax.shares_passive).
"Rebels were routed and soldiers retook the town" keeps its second clause active (a past tense, and
an object).

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags as the tagger gave)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

OWN_VOICE = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "agent"})


def gapped_passives(doc: Doc, elided: frozenset[str]) -> Doc:
    for verb in doc:
        if not _gapped(verb):
            continue
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        # "two others [were] abducted": the first subject's noun elided, its patient is that noun's group
        subj.dep_ = "dep" if _elided(subj, elided) else "nsubjpass"
    return doc


def _elided(subj: Token, elided: frozenset[str]) -> bool:
    """ "two others", "a third", "five": a subject whose noun is the first clause's, left out."""
    return subj.lower_ in elided or (
        subj.tag_ in ("CD", "JJ") and not any(c.dep_ in ("compound", "amod") for c in subj.children)
    )


def _gapped(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "nsubj" and c.i < verb.i and c.i > head.i for c in verb.children)
        and not any(c.dep_ in OWN_VOICE for c in verb.children)
    )
