"""A participle set off by commas after the first side of a "between" phrase (issue 14): in
"clashes between the army, supported by Russia, and rebels in Idlib" the small English parser hangs
"supported" on "clashes" and the second side ("and rebels") on the participle, so the fight has one
side and Russia reads as its agent. A participle right after the first side's comma qualifies that
side: it hangs on it, and a side coordinated after it goes back to the first side, as in "between X
and Z" (run by ``ckg_compound_subjects``; ``between_preps`` in shared.json)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.syntax import PENN_NOUNS

_PARTICIPLE = "VBN"
_ASIDE = frozenset({"acl", "advcl", "appos", "conj"})
_SIDE = frozenset({"conj", "cc"})
_NOUNS = PENN_NOUNS  # Penn tags: before the attribute ruler


def between_asides(doc: Doc) -> None:
    between = shared_words("between_preps")
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in between:
            continue
        side = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if side is not None:
            _mend(doc, prep, side)


def _mend(doc: Doc, prep: Token, side: Token) -> None:
    end = max(t.i for t in side.subtree if t.dep_ not in _SIDE and t.i <= side.i + 4) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return
    part = doc[end + 1]
    if part.tag_ != _PARTICIPLE or part.dep_ not in _ASIDE or part.head.i not in (prep.head.i, side.i):
        return
    part.head, part.dep_ = side, "acl"
    close = next((t for t in doc[part.i : part.sent.end] if t.text == ","), None)
    if close is None or close.i + 2 >= part.sent.end or doc[close.i + 1].dep_ != "cc":
        return
    cc = doc[close.i + 1]
    phrase = doc[cc.i + 1 : min(cc.i + 6, part.sent.end)]
    other = next((t for t in phrase if not phrase.start <= t.head.i < phrase.end), None)
    if other is not None and other.tag_ in _NOUNS:  # "..., and rebels": the second side
        cc.head, cc.dep_ = side, "cc"
        other.head, other.dep_ = side, "conj"
