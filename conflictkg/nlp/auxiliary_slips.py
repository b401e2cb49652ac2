"""The auxiliary "a" written with the accent of the preposition: "le ministre, X à réclamé
l'interruption du vote". A bare past participle never follows the preposition "à" (its verb takes the
infinitive: "à réclamer"), so "à" right after a word or a comma and right before a lower-case word
that is a past participle of a French lexicon verb in -er (its ending in ``er_participle_endings``;
the verbs, reflexive verbs and verb + object predicates of ``fr.json``) is the auxiliary: the text
gets "a" there, one character for one, so offsets keep. Any other "à" is left ("à côté", "à pied")."""

from __future__ import annotations

import re
from functools import cache

from conflictkg.knowledge.lexicon import load_lexicon

_SLIP = re.compile(r"(?<=[\w,] )à(?= ([^\W\d_A-Z]+)\b)")


@cache
def _participles() -> frozenset[str]:
    """The lower-case past participles of the French lexicon's -er verbs."""
    lex = load_lexicon("fr")
    verbs = {*lex.verbs, *lex.reflexive, *(verb for verb, _ in lex.verb_object)}
    endings = lex.group("er_participle_endings")
    return frozenset(v[:-2] + e for v in verbs if v.endswith("er") and " " not in v for e in endings)


def auxiliary_slips(text: str) -> str:
    """``text`` with each "à" written for the auxiliary before a participle read as "a"."""
    if "à " not in text:
        return text
    known = _participles()
    return _SLIP.sub(lambda m: "a" if m.group(1) in known else m.group(0), text)
