"""A name no one knows typed by the group noun in apposition to it: in "Le FNLA, un groupe rebelle
touareg, a pris Ménaka" or "le Front X, une milice nigérienne," the name is an armed group (a
militia), and the state demonym qualifying that noun gives its country. The noun's class is read
from the lexicon's ``generic_groups`` (the noun with an adjective, the noun alone, or the adjective
as a group word: "rebelle")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon

_CLASS_KINDS = {"armed": "armed_group", "islamist": "armed_group", "militia": "militia"}
_ORGANISATION = "organisation"


def apposed_kind(head: Token, kind: str, lex: Lexicon, kb: Any) -> dict[str, Any]:
    """The kind (and country) to discover the name headed by ``head`` with."""
    plain: dict[str, Any] = {"kind": kind}
    if kind != _ORGANISATION:
        return plain
    noun = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if noun is None:
        return plain
    lemma = noun.lemma_.lower()
    adjectives = [a for a in noun.children if a.dep_ == "amod"]
    forms = (
        [f"{lemma} {a.lemma_.lower()}" for a in adjectives] + [lemma] + [a.lemma_.lower() for a in adjectives]
    )
    group = next((lex.generic[f] for f in forms if f in lex.generic), None)
    typed = _CLASS_KINDS.get(group or "")
    if typed is None:
        return plain
    states = (kb.resolve_demonym(a.text) for a in adjectives)
    country = next((s.country for s in states if s is not None and s.kind == "state"), None)
    return {"kind": typed, "country": country}
