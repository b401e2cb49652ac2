"""A fight named with both its sides as the subject of a violent verb: "fighting between the army
and rebels killed five people", "clashes between X and Y left ten dead". The fight between the two
sides is the event and the killing its toll: the verb is no attack of its own, by one side alone."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ, first_child, prep_args

_BETWEEN = shared_words("between_preps")


def toll_of_two_sided_fight(st: DocState, verb: Token) -> bool:
    """The subject of ``verb`` is a symmetric fight noun naming its two sides ("between X and Y")."""
    subj = first_child(verb, SUBJ)
    if subj is None:
        return False
    noun = st.lex.nouns.get(subj.lower_) or st.lex.nouns.get(subj.lemma_.lower())
    if noun is None or noun.type != "FIGHT" or not noun.symmetric:
        return False
    # "between Taliban and Afghan forces": the parser may coordinate the sides inside a noun modifier
    return any(prep in _BETWEEN and (c.conjuncts or _modifier_conjuncts(c)) for prep, c in prep_args(subj))


def _modifier_conjuncts(noun: Token) -> bool:
    return any(m.conjuncts for m in noun.children if m.dep_ in ("nmod", "compound", "amod"))
