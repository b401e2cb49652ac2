"""The state an office holder serves when the text names it after the name: "Prime Minister Nawaz
Sharif of Pakistan", "President X of Y", "Pakistani Prime Minister X". A person right after a role
title whose own 'of' complement, or the demonym before the title, is a state is that state's office
holder (MEMBER_OF, with the title as the role), as the KB's leaders are; a name with neither
("President Bush") stays the person alone."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import Lexicon


def office_of(
    doc: Doc, m: dict[str, Any], covered: dict[int, int], mentions: list[dict[str, Any]], lex: Lexicon
) -> tuple[str, str] | None:
    """(state actor id, role) of a titled person's 'of' complement, or None."""
    if m["start"] == 0:
        return None
    title = doc[m["start"] - 1]
    role = lex.roles.get(title.lemma_.lower())
    if role is None or title.pos_ not in ("NOUN", "PROPN"):
        return None
    i = m["start"] - 1  # "Pakistani Prime Minister X": the demonym before the title
    while i > m["start"] - 4 and i >= 0 and doc[i].is_title and doc[i].pos_ in ("NOUN", "PROPN"):
        i -= 1
    j = covered.get(i) if i >= 0 else None
    if j is not None and mentions[j]["kind"] == "state" and mentions[j]["demonym"]:
        return str(mentions[j]["actor"]), role
    head = doc[m["head"]]
    of = lex.group("of_preps")
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in of or prep.i < m["end"]:
            continue
        for obj in prep.children:
            j = covered.get(obj.i)
            if obj.dep_ == "pobj" and j is not None and mentions[j]["kind"] == "state":
                return str(mentions[j]["actor"]), role
    return None
