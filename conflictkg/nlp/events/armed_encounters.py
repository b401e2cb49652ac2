"""An encounter between forces and militants (issue 14): South Asian news calls a gunfight between
police or troops and militants an "encounter" ("two Maoists were killed in an encounter with security
forces", "an encounter broke out between the police and the militants"). The noun
``encounter_nouns`` whose 'with' or 'between' complement names an armed party (an actor of one of
``encounter_party_kinds``) is the lexicon noun 'gunfight', a fight between its sides; an encounter
with anyone else ("a chance encounter with a journalist") is no fight."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ, prep_args

GUNFIGHT = "gunfight"
SIDE_PREPS = ("with", "between")


def armed_encounter(st: DocState, tok: Token) -> str | None:
    """'gunfight' when ``tok`` is an encounter noun with an armed party as a side, else None."""
    if tok.lemma_.lower() not in st.lex.group("encounter_nouns") or GUNFIGHT not in st.lex.nouns:
        return None
    kinds = st.lex.group("encounter_party_kinds")
    args = list(prep_args(tok))
    if tok.dep_ in SUBJ:  # "an encounter broke out between X and Y": the sides hung on the verb
        args += [(prep, arg) for prep, arg in prep_args(tok.head) if prep == "between"]
    sides = [o for prep, arg in args if prep in SIDE_PREPS for o in (arg, *arg.conjuncts)]
    for side in sides:
        actor = np_actor(st, side)
        if actor is not None and st.actors.get(actor[0], {}).get("kind") in kinds:
            return GUNFIGHT
    return None
