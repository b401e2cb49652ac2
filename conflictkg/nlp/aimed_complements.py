"""What an attack noun is aimed at, hung on its verb by the French parser: in "l'armée a repoussé un
assaut des jihadistes contre son camp de Boulkessi" the parser hangs "contre son camp" on the verb,
and the camp (with the town it names) is lost to the assault. A phrase opened by one of the noun's
target prepositions ("contre") right after the verb's object, a lexicon fight or assault noun, is
that noun's complement (run by ``ckg_active_subjects``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import OBJ, case_of

_VIOLENT = ("FIGHT", "ASSAULT")


def aimed_complement(verb: Token, children: list[Token], lex: Lexicon) -> None:
    """Hang on the attack noun object of ``verb`` the aim phrase the parser gave the verb."""
    obj = next((c for c in children if c.dep_ in OBJ), None)
    noun = lex.nouns.get(obj.lemma_.lower()) if obj is not None else None
    if obj is None or noun is None or noun.type not in _VIOLENT:
        return
    for c in children:
        if c.dep_.startswith("obl") and c.left_edge.i == obj.right_edge.i + 1 and case_of(c) in noun.target:
            c.head, c.dep_ = obj, "nmod"
