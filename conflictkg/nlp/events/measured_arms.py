"""Arms told by their measure: "located 30 kilograms of explosives", "seized a consignment of rifles".
A verb's object that is a measure noun (lexicon ``arms_measure_nouns``) stands for what its 'of'
complement names, so a verb that needs arms as its object (``needs_object``: "locate", "discover") and
the owner of those arms (events/weapon_owners.py: "explosives planted by the PKK") read that noun."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import OBJ


def measured(obj: Token, lex: Lexicon) -> list[Token]:
    """The nouns of the 'of' complement of ``obj`` when it is a measure noun, else none."""
    if obj.lemma_.lower() not in lex.group("arms_measure_nouns"):
        return []
    of = lex.group("of_preps")
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in of]
    return [g for c in preps for g in c.children if g.dep_ == "pobj"]


def measured_objects(verb: Token, lex: Lexicon) -> set[str]:
    """The lemmas of what the measure nouns among ``verb``'s objects measure."""
    return {m.lemma_.lower() for o in verb.children if o.dep_ in OBJ for m in measured(o, lex)}
