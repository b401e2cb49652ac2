"""Habits, not events: "l'armée bombarde souvent Homs", "les rebelles attaquent régulièrement les
convois". A verb in the present tense that an adverb of frequency (``habitual_adverbs``) modifies tells
what happens as a rule, not an event that took place; a present report of one ("l'armée bombarde
Homs") and a past one ("a souvent bombardé": each time was an event) stay events."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def habitual(tok: Token, lex: Lexicon) -> bool:
    """``tok`` a verb in the simple present that an adverb of frequency modifies."""
    if tok.pos_ != "VERB" or "Pres" not in tok.morph.get("Tense", []):
        return False
    if "Fin" not in tok.morph.get("VerbForm", []) or any(c.dep_.startswith("aux") for c in tok.children):
        return False
    adverbs = lex.group("habitual_adverbs")
    return any(c.dep_ == "advmod" and c.lemma_.lower() in adverbs for c in tok.children)
