"""What a group noun is loyal to ("forces loyal to X", "les forces loyales au colonel X"): an
adjective of ``allegiance_adjectives`` on the noun and its complement, which the French parser may
hang on the noun itself right after the adjective. Such a group is X's (nlp/events/allegiance.py),
so the mention finder gives it no generic actor when X is a named organisation or person. A pronoun
there ("X and the militias loyal to them") stands for the group the noun is coordinated with."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.syntax import prep_args

_HUNG_NAMES = frozenset({"appos", "nsubj"})
_VERB_PREDICATIVES = frozenset({"oprd", "acomp"})  # where the parser hangs a name cut from its title
_HEDGED_PREDICATIVES = _VERB_PREDICATIVES | {"attr"}


def loyal_to(t: Token, words: frozenset[str]) -> Token | None:
    """The head of what the group noun ``t`` is loyal to, if an allegiance adjective says so."""
    # "attacked the gunmen loyal to the regime": the parser may hang the adjective on the verb
    told = (
        c for c in t.head.children if c.dep_ in _VERB_PREDICATIVES and c.left_edge.i == t.right_edge.i + 1
    )
    hedged = _hedged(t)
    membership = load_lexicon(t.doc.lang_).group("hedged_membership_words") if hedged else frozenset()
    for c in (*t.children, *told, *hedged):
        allowed = words | membership if c in hedged else words
        if c.dep_ in ("amod", "acl", "xcomp", "attr", *_VERB_PREDICATIVES) and c.lemma_.lower() in allowed:
            got = next((g for _, g in prep_args(c)), None)
            if got is None:  # "loyales au colonel X": "au colonel X" hung on "forces"
                after = (
                    g for g in t.children if g.dep_ in ("nmod", "obl") and g.left_edge.i == c.right_edge.i + 1
                )
                got = next(after, None)
            return _coordinated(t, got) or _titled_name(t, got)
    return None


def _hedged(t: Token) -> list[Token]:
    """ "gunmen believed to belong to X", "fighters thought to be loyal to X": the allegiance told in
    the infinitive of a participle on the noun (nlp/hedged_subjects.py), or in its copula's adjective
    or noun ("suspected to be members of X"); there ``hedged_membership_words`` tell it too."""
    told = [x for c in t.children if c.dep_ == "acl" for x in c.children if x.dep_ == "xcomp" and x.i > c.i]
    return [*told, *(a for x in told for a in x.children if a.dep_ in _HEDGED_PREDICATIVES)]


def _coordinated(t: Token, got: Token | None) -> Token | None:
    """ "the army and the fighters loyal to them": a personal pronoun the group is loyal to
    stands for the group it is coordinated with (the first of the two), whom it serves."""
    if got is None or got.pos_ != "PRON" or "Prs" not in got.morph.get("PronType", []) or t.dep_ != "conj":
        return None
    return t.head if t.head.pos_ in ("NOUN", "PROPN") else None


def _titled_name(t: Token, got: Token | None) -> Token | None:
    """ "loyal to renegade general Khalifa Haftar": the parser may end the complement at a title and
    hang the name after it on the group noun as its apposition, or on the group's verb as a second
    subject; the name right after the title is whom the group serves."""
    if got is None or any(x.pos_ == "PROPN" for x in got.subtree):
        return got
    named = (c for c in (*t.children, *t.head.children) if c.pos_ == "PROPN" and c.dep_ in _HUNG_NAMES)
    return next((c for c in named if c.left_edge.i == got.right_edge.i + 1), got)


def loyal_to_named(
    t: Token, words: frozenset[str], covered: dict[int, int], mentions: list[dict[str, Any]]
) -> bool:
    """``t`` is loyal to an organisation or person a mention names (not a state: "forces loyales
    au gouvernement syrien" stay the country's forces)."""
    served = loyal_to(t, words)
    kinds = (
        [mentions[covered[x.i]]["kind"] for x in served.subtree if x.i in covered]
        if served is not None
        else []
    )
    return bool(kinds) and "state" not in kinds


def loyal_state(
    t: Token, words: frozenset[str], covered: dict[int, int], mentions: list[dict[str, Any]]
) -> str | None:
    """The actor id of the state the group noun ``t`` is loyal to as its government ("gunmen loyal
    to the regime", "forces loyal to the government"): its forces, never an unnamed armed group of
    its country. Militias loyal to a state named by its name ("loyal to Iran") are its proxies, not
    its forces (nlp/pro_camps.py)."""
    served = loyal_to(t, words)
    if served is None or served.pos_ != "NOUN" or served.i not in covered:
        return None
    if any(x.pos_ == "PROPN" and covered.get(x.i) == covered[served.i] for x in served.subtree):
        return None  # "loyal to the Assad regime": the state its ruler's name says, as it stands
    states = [mentions[covered[x.i]] for x in served.subtree if x.i in covered] if served is not None else []
    if any(m["kind"] != "state" for m in states):
        return None  # "loyal to the Assad regime": its ruler's, told by allegiance (nlp/events/allegiance.py)
    return next((str(m["actor"]) for m in states if m["kind"] == "state"), None)
