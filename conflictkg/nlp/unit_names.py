"""A name NER gives that is only a branch and a unit or office noun ("Artillery Battalion", "Vehicle
Department", "the Tank Regiment"): a part of someone's force, no actor of its own. The force it
belongs to is the actor when the text says whose it is ("the army's artillery battalion"), which the
words before it tell; by itself it names no one. A number before it ("the 6th Infantry Division", "the
3rd Armoured Brigade") numbers the unit among its force's: still no actor of its own; a number and a
``numbered_unit_heads`` noun alone ("3rd Battalion") too, not a corps or a division, which may be a
formation's own name ("the 5th Corps")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def bare_unit(toks: Sequence[Token], lex: Lexicon) -> bool:
    """Whether the words ``toks`` are one or more ``unit_branch_words`` then one ``unit_office_heads``
    noun, and nothing else."""
    words = [t.lower_ for t in toks]
    numbered = bool(words) and bool(_ORDINAL.match(words[0]))
    if numbered:  # "6th Infantry Division": one of the force's divisions; "3rd Battalion" too
        words = words[1:]
    if numbered and len(words) == 1:  # "3rd Battalion"; "5th Corps" may be a formation's own name
        return words[0] in lex.group("numbered_unit_heads")
    if len(words) < 2 or words[-1] not in lex.group("unit_office_heads"):
        return False
    return all(w in lex.group("unit_branch_words") for w in words[:-1])
