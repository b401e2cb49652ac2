"""A name read as the modifier of the group noun it is coordinated with: in "clashes between the
Taliban and government troops" the small English model makes "Taliban" a modifier of "troops" and
"government" its conjunct, as if both were kinds of troops, so the fight's second side is the state
("government"), not its army ("government troops").

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only): a proper
noun hung on a common noun as its modifier, with a conjunction after it and, as its conjunct, the
common noun (in lower case) right before that head, is the head's conjunct: the head takes the name's
place, and the conjunct becomes the head's own modifier ("government troops"). A common noun as the
modifier ("army and police forces") is the shared head's coordination it reads, and stays."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.syntax import PENN_NOUNS

NAME_TAGS = frozenset({"NNP", "NNPS"})
COMMON_TAGS = PENN_NOUNS - NAME_TAGS
MODIFIER_DEPS = frozenset({"nmod", "compound"})


def name_conjuncts(doc: Doc) -> Doc:
    for head in [t for t in doc if t.tag_ in COMMON_TAGS]:
        for name in [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.tag_ in NAME_TAGS]:
            modifier = _conjunct_before(name, head)
            if modifier is not None:
                _rehang(name, head, modifier)
                break
    return doc


def _conjunct_before(name: Token, head: Token) -> Token | None:
    """The common noun conjoined to ``name`` right before ``head``, a conjunction between them."""
    modifier = next((c for c in name.children if c.dep_ == "conj" and c.i == head.i - 1), None)
    if modifier is None or modifier.tag_ not in COMMON_TAGS or not modifier.is_lower:
        return None  # "Al-Shabaab and ISIS fighters": a name the tagger read as a common noun
    if not any(c.dep_ == "cc" and name.i < c.i < modifier.i for c in name.children):
        return None
    return modifier


def _rehang(name: Token, head: Token, modifier: Token) -> None:
    for c in [c for c in head.children if c.i < name.left_edge.i]:
        c.head = name  # "the Taliban": its determiner is the name's
    name.head, name.dep_ = (name, head.dep_) if head.head.i == head.i else (head.head, head.dep_)
    head.head, head.dep_ = name, "conj"
    modifier.head, modifier.dep_ = head, "compound"
