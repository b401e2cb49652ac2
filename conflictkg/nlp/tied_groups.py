"""Unnamed groups tied to a named one: "un groupe lié à Al-Qaïda", "une cellule affiliée à Boko
Haram", "des jihadistes liés à l'État islamique". The group is the named one or its affiliate, which
ACLED codes as it: the noun is a mention of that group, not an unidentified armed group.

The lexicon's ``tied_participles`` ("lier", "affilier") are the participle a ``tied_nouns`` noun
("groupe", "cellule") or an armed generic group noun carries; the first mention after the participle
and its preposition, of an actor of ``tied_kinds``, is the group. The parser may hang the name on the
verb instead ("Al-Qaïda" cut in pieces), so the name is read after the participle, not below it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from conflictkg.knowledge.lexicon import Lexicon

_ARMED = frozenset({"armed", "islamist", "militia"})  # the generic classes of armed groups


def _tied_name(
    part: Token, covered: dict[int, int], mentions: list[dict[str, Any]], lex: Lexicon
) -> int | None:
    """The mention right after the participle and its preposition, if of a tied kind."""
    doc = part.doc
    i = part.i + 1
    while i < len(doc) and doc[i].pos_ in ("ADP", "DET") and i not in covered:
        i += 1
    if i == part.i + 1 or i >= len(doc) or i not in covered:
        return None  # "lié à": a preposition must come first
    j = covered[i]
    return j if mentions[j]["start"] == i and mentions[j]["kind"] in lex.group("tied_kinds") else None


def tied_groups(
    doc: Doc,
    mentions: list[dict[str, Any]],
    covered: dict[int, int],
    lex: Lexicon,
    kb: Any,
    add: Callable[..., None],
) -> None:
    """Each uncovered tied or armed group noun with a tied participle: a mention of the group named."""
    participles = lex.group("tied_participles")
    if not participles:
        return
    nouns = lex.group("tied_nouns")
    for t in doc:
        if t.i in covered or t.pos_ != "NOUN":
            continue
        lemma = t.lemma_.lower()
        if lemma not in nouns and lex.generic.get(lemma) not in _ARMED:
            continue
        for c in t.children:
            if c.dep_.startswith("acl") and c.lemma_.lower() in participles:
                j = _tied_name(c, covered, mentions, lex)
                entry = kb.get(mentions[j]["actor"]) if j is not None else None
                if entry is not None:
                    add([t], t, entry)
                    break
