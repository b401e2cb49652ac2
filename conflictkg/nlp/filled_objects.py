"""What a container object is filled with: "dropped a chlorine-filled cylinder on Douma", "an
explosives-laden car" are the chlorine and the explosives, the noun before a filling participle
(``filling_participles``) qualifying it, so that a verb_object entry of that filling ("drop chlorine") is
met (read through name_spans.object_content, as a count's things are: "une dizaine d'obus")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon

_FILLING_DEPS = frozenset({"npadvmod", "compound", "nmod"})


def filling(t: Token, lex: Lexicon) -> Token | None:
    """What the container noun ``t`` is filled with, or None."""
    fillers = lex.group("filling_participles")
    for c in t.children:
        if c.dep_ != "amod" or c.i > t.i or not {c.lower_, c.lemma_.lower()} & fillers:
            continue
        filling = next(
            (g for g in c.children if g.dep_ in _FILLING_DEPS and g.i < c.i and g.pos_ == "NOUN"), None
        )
        if filling is not None:
            return filling
    return None
