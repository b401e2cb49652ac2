"""A name inside what someone is described as ("X, considéré comme étant le numéro deux
d'Al-Qaida, avait été arrêté"): the predicative complement a "comme" opens describes X; the group
named there is no patient of the clause's verb."""

from __future__ import annotations

from spacy.tokens import Token

AS_MARKS = frozenset({"comme"})


def in_description(t: Token) -> bool:
    """True when ``t`` lies inside a predicative complement opened by "comme"."""
    return any(
        a.dep_ == "xcomp" and any(c.dep_ == "mark" and c.lower_ in AS_MARKS for c in a.children)
        for a in [t, *t.ancestors]
    )
