"""Names that are no actor: a law ("the Citizenship Amendment Act", nlp/law_names.py), or the one word
NER takes for an organisation that completes an office title ("the US Secretary of State", "Minister
of State", "Secretary of Defense"). That word names the office's portfolio, not a party: the title's
holder is the actor, with the country its demonym or its 'of' complement gives.

The word is one of ``office_complement_words`` ("State", "Defense", "Interior"), the object of an "of"
whose head is a role noun of the lexicon ("secretary", "minister")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.law_names import law_name
from conflictkg.nlp.site_names import site_name


def office_complement(lex: Lexicon, toks: Sequence[Token]) -> bool:
    """The one-word name ``toks`` completes an office title ("Secretary of State")."""
    if len(toks) != 1 or toks[0].lower_ not in lex.group("office_complement_words"):
        return False
    prep = toks[0].head
    return toks[0].dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in lex.roles


def no_actor_name(lex: Lexicon, toks: Sequence[Token]) -> bool:
    """A name NER gives that is no actor: a law's, an office title's portfolio, or a facility's
    (nlp/site_names.py)."""
    return law_name(lex, toks) or office_complement(lex, toks) or site_name(lex, toks)
